package org.coltrain.sim.numerics.gemm;

import java.util.Arrays;

/**
 * The FP32 MAC array: every {@code C[i][j]} starts at 0 and adds {@code A[i][p] * B[p][j]} in order of {@code p},
 * each product and each sum rounded to FP32 (Java neither fuses nor reorders them), so the result equals the
 * plain triple loop bit for bit. Fast by layout only: B is packed into strips of {@link Panel#WIDTH} columns, two
 * rows of C accumulate at once over four steps of {@code p} (the order within each element is unchanged), and the
 * inner loops over {@code j} are simple enough for C2 to vectorise (larger register tiles stop it from doing so).
 */
final class Fp32Kernel {

    private final Panel panel = new Panel();
    private final float[] acc0 = new float[Panel.WIDTH], acc1 = new float[Panel.WIDTH];

    void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        for (int j0 = 0; j0 < n; j0 += Panel.WIDTH) {
            int w = Math.min(Panel.WIDTH, n - j0);
            float[][] bp = panel.pack(b, k, n, j0, w);
            int i = 0;
            for (; i + 2 <= m; i += 2) {
                twoRows(a, bp, i * k, (i + 1) * k, k, w);
                System.arraycopy(acc0, 0, c, i * n + j0, w);
                System.arraycopy(acc1, 0, c, (i + 1) * n + j0, w);
            }
            if (i < m) {
                oneRow(a, bp, i * k, k, w);
                System.arraycopy(acc0, 0, c, i * n + j0, w);
            }
        }
    }

    private void twoRows(float[] a, float[][] bp, int r0, int r1, int k, int w) {
        float[] x0 = acc0, x1 = acc1;
        Arrays.fill(x0, 0, w, 0f);
        Arrays.fill(x1, 0, w, 0f);
        int p = 0;
        for (; p + 4 <= k; p += 4)
            mac2x4(x0, x1, bp[p], bp[p + 1], bp[p + 2], bp[p + 3], a[r0 + p], a[r0 + p + 1], a[r0 + p + 2],
                    a[r0 + p + 3], a[r1 + p], a[r1 + p + 1], a[r1 + p + 2], a[r1 + p + 3], w);
        for (; p < k; p++) mac2x1(x0, x1, bp[p], a[r0 + p], a[r1 + p], w);
    }

    private void oneRow(float[] a, float[][] bp, int r0, int k, int w) {
        float[] x0 = acc0;
        Arrays.fill(x0, 0, w, 0f);
        int p = 0;
        for (; p + 4 <= k; p += 4)
            mac1x4(x0, bp[p], bp[p + 1], bp[p + 2], bp[p + 3], a[r0 + p], a[r0 + p + 1], a[r0 + p + 2], a[r0 + p + 3], w);
        for (; p < k; p++) mac1x1(x0, bp[p], a[r0 + p], w);
    }

    private static void mac2x4(float[] x0, float[] x1, float[] e0, float[] e1, float[] e2, float[] e3, float a0,
            float a1, float a2, float a3, float d0, float d1, float d2, float d3, int w) {
        for (int j = 0; j < w; j++) {
            float b0 = e0[j], b1 = e1[j], b2 = e2[j], b3 = e3[j];
            x0[j] = (((x0[j] + a0 * b0) + a1 * b1) + a2 * b2) + a3 * b3;
            x1[j] = (((x1[j] + d0 * b0) + d1 * b1) + d2 * b2) + d3 * b3;
        }
    }

    private static void mac2x1(float[] x0, float[] x1, float[] e0, float a0, float d0, int w) {
        for (int j = 0; j < w; j++) {
            float b0 = e0[j];
            x0[j] = x0[j] + a0 * b0;
            x1[j] = x1[j] + d0 * b0;
        }
    }

    private static void mac1x4(float[] x0, float[] e0, float[] e1, float[] e2, float[] e3, float a0, float a1,
            float a2, float a3, int w) {
        for (int j = 0; j < w; j++) x0[j] = (((x0[j] + a0 * e0[j]) + a1 * e1[j]) + a2 * e2[j]) + a3 * e3[j];
    }

    private static void mac1x1(float[] x0, float[] e0, float a0, int w) {
        for (int j = 0; j < w; j++) x0[j] = x0[j] + a0 * e0[j];
    }
}
