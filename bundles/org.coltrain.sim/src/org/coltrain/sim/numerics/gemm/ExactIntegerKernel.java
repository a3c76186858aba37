package org.coltrain.sim.numerics.gemm;

import java.util.Arrays;

/**
 * Integer MACs with per-block rescaling, for integer operands held as FP32 values:
 * {@code C[i][j] = (float) sum over blocks kb, in order, of S_kb(i, j) * (sa[i][kb] * sb[kb][j])}, summed in
 * double, where {@code S_kb} is the exact integer dot product of block {@code kb} (length {@code block} along
 * {@code k}). Exactness: the caller guarantees {@code chunk * max|a| * max|b| <= 2^24}, so every product and every
 * partial sum of up to {@code chunk} products is an integer FP32 holds exactly; whatever the order or fusing (this
 * kernel uses {@link Math#fma}), the sums are the integer sums. Longer blocks add their chunks exactly in double
 * (below 2^53). Layout as {@link Fp32Kernel}, with four rows of C at once.
 *
 * <p>Scale layouts: {@code sa[i * blocks + kb]}, {@code sb[kb * n + j]}.
 */
final class ExactIntegerKernel {

    private static final int ROWS = 4;
    /** 2^24: FP32 holds every integer up to this magnitude. */
    static final long EXACT_LIMIT = 1L << 24;

    private final Panel panel = new Panel();
    private final float[][] sums = new float[ROWS][Panel.WIDTH];
    private final double[][] blockSums = new double[ROWS][Panel.WIDTH];
    private final double[][] acc = new double[ROWS][Panel.WIDTH];

    /** The longest chunk whose FP32 sums stay exact, or 0 when not even one product is exact. */
    static int exactChunk(long maxA, long maxB) {
        return (int) Math.min(Integer.MAX_VALUE, EXACT_LIMIT / (maxA * maxB));
    }

    void multiply(float[] qa, double[] sa, float[] qb, double[] sb, float[] c, int m, int n, int k, int block,
            int chunk) {
        int blocks = (k + block - 1) / block;
        for (int j0 = 0; j0 < n; j0 += Panel.WIDTH) {
            int w = Math.min(Panel.WIDTH, n - j0);
            float[][] bp = panel.pack(qb, k, n, j0, w);
            double[][] sbp = panel.pack(sb, blocks, n, j0, w);
            for (int i = 0; i < m; i += ROWS) {
                int rows = Math.min(ROWS, m - i);
                for (int r = 0; r < rows; r++) Arrays.fill(acc[r], 0, w, 0.0);
                for (int kb = 0; kb < blocks; kb++) {
                    int p0 = kb * block, p1 = Math.min(k, p0 + block);
                    boolean oneChunk = p1 - p0 <= chunk;
                    if (!oneChunk) for (int r = 0; r < rows; r++) Arrays.fill(blockSums[r], 0, w, 0.0);
                    for (int q0 = p0; q0 < p1; q0 += chunk) {
                        int q1 = Math.min(p1, q0 + chunk);
                        if (rows == ROWS) fourRows(qa, bp, i * k, k, q0, q1, w);
                        else for (int r = 0; r < rows; r++) oneRow(qa, bp, (i + r) * k, sums[r], q0, q1, w);
                        if (!oneChunk) for (int r = 0; r < rows; r++) add(blockSums[r], sums[r], w);
                    }
                    for (int r = 0; r < rows; r++) {
                        double g = sa[(i + r) * blocks + kb];
                        if (oneChunk) scaleAdd(acc[r], sums[r], sbp[kb], g, w);
                        else scaleAdd(acc[r], blockSums[r], sbp[kb], g, w);
                    }
                }
                for (int r = 0; r < rows; r++) {
                    double[] y = acc[r];
                    int row = (i + r) * n + j0;
                    for (int j = 0; j < w; j++) c[row + j] = (float) y[j];
                }
            }
        }
    }

    private void fourRows(float[] qa, float[][] bp, int r0, int k, int q0, int q1, int w) {
        float[] x0 = sums[0], x1 = sums[1], x2 = sums[2], x3 = sums[3];
        int r1 = r0 + k, r2 = r1 + k, r3 = r2 + k;
        int p = q0;
        if (p + 4 <= q1) {
            // the chunk's first four steps write the sums instead of clearing them first
            start4x4(x0, x1, x2, x3, bp[p], bp[p + 1], bp[p + 2], bp[p + 3], qa, r0 + p, r1 + p, r2 + p, r3 + p, w);
            p += 4;
        } else {
            Arrays.fill(x0, 0, w, 0f);
            Arrays.fill(x1, 0, w, 0f);
            Arrays.fill(x2, 0, w, 0f);
            Arrays.fill(x3, 0, w, 0f);
        }
        for (; p + 4 <= q1; p += 4)
            mac4x4(x0, x1, x2, x3, bp[p], bp[p + 1], bp[p + 2], bp[p + 3], qa, r0 + p, r1 + p, r2 + p, r3 + p, w);
        for (; p < q1; p++) mac4x1(x0, x1, x2, x3, bp[p], qa[r0 + p], qa[r1 + p], qa[r2 + p], qa[r3 + p], w);
    }

    private static void oneRow(float[] qa, float[][] bp, int r0, float[] x0, int q0, int q1, int w) {
        Arrays.fill(x0, 0, w, 0f);
        for (int p = q0; p < q1; p++) {
            float a0 = qa[r0 + p];
            float[] e0 = bp[p];
            for (int j = 0; j < w; j++) x0[j] = Math.fma(a0, e0[j], x0[j]);
        }
    }

    private static void mac4x4(float[] x0, float[] x1, float[] x2, float[] x3, float[] e0, float[] e1, float[] e2,
            float[] e3, float[] qa, int o0, int o1, int o2, int o3, int w) {
        float a00 = qa[o0], a01 = qa[o0 + 1], a02 = qa[o0 + 2], a03 = qa[o0 + 3];
        float a10 = qa[o1], a11 = qa[o1 + 1], a12 = qa[o1 + 2], a13 = qa[o1 + 3];
        float a20 = qa[o2], a21 = qa[o2 + 1], a22 = qa[o2 + 2], a23 = qa[o2 + 3];
        float a30 = qa[o3], a31 = qa[o3 + 1], a32 = qa[o3 + 2], a33 = qa[o3 + 3];
        for (int j = 0; j < w; j++) {
            float b0 = e0[j], b1 = e1[j], b2 = e2[j], b3 = e3[j];
            x0[j] = Math.fma(a03, b3, Math.fma(a02, b2, Math.fma(a01, b1, Math.fma(a00, b0, x0[j]))));
            x1[j] = Math.fma(a13, b3, Math.fma(a12, b2, Math.fma(a11, b1, Math.fma(a10, b0, x1[j]))));
            x2[j] = Math.fma(a23, b3, Math.fma(a22, b2, Math.fma(a21, b1, Math.fma(a20, b0, x2[j]))));
            x3[j] = Math.fma(a33, b3, Math.fma(a32, b2, Math.fma(a31, b1, Math.fma(a30, b0, x3[j]))));
        }
    }

    private static void start4x4(float[] x0, float[] x1, float[] x2, float[] x3, float[] e0, float[] e1, float[] e2,
            float[] e3, float[] qa, int o0, int o1, int o2, int o3, int w) {
        float a00 = qa[o0], a01 = qa[o0 + 1], a02 = qa[o0 + 2], a03 = qa[o0 + 3];
        float a10 = qa[o1], a11 = qa[o1 + 1], a12 = qa[o1 + 2], a13 = qa[o1 + 3];
        float a20 = qa[o2], a21 = qa[o2 + 1], a22 = qa[o2 + 2], a23 = qa[o2 + 3];
        float a30 = qa[o3], a31 = qa[o3 + 1], a32 = qa[o3 + 2], a33 = qa[o3 + 3];
        for (int j = 0; j < w; j++) {
            float b0 = e0[j], b1 = e1[j], b2 = e2[j], b3 = e3[j];
            x0[j] = Math.fma(a03, b3, Math.fma(a02, b2, Math.fma(a01, b1, a00 * b0)));
            x1[j] = Math.fma(a13, b3, Math.fma(a12, b2, Math.fma(a11, b1, a10 * b0)));
            x2[j] = Math.fma(a23, b3, Math.fma(a22, b2, Math.fma(a21, b1, a20 * b0)));
            x3[j] = Math.fma(a33, b3, Math.fma(a32, b2, Math.fma(a31, b1, a30 * b0)));
        }
    }

    private static void mac4x1(float[] x0, float[] x1, float[] x2, float[] x3, float[] e0, float a0, float a1,
            float a2, float a3, int w) {
        for (int j = 0; j < w; j++) {
            float b = e0[j];
            x0[j] = Math.fma(a0, b, x0[j]);
            x1[j] = Math.fma(a1, b, x1[j]);
            x2[j] = Math.fma(a2, b, x2[j]);
            x3[j] = Math.fma(a3, b, x3[j]);
        }
    }

    private static void add(double[] y, float[] x, int w) {
        for (int j = 0; j < w; j++) y[j] += x[j];
    }

    private static void scaleAdd(double[] y, float[] x, double[] sbRow, double g, int w) {
        for (int j = 0; j < w; j++) y[j] += x[j] * (g * sbRow[j]);
    }

    private static void scaleAdd(double[] y, double[] x, double[] sbRow, double g, int w) {
        for (int j = 0; j < w; j++) y[j] += x[j] * (g * sbRow[j]);
    }
}
