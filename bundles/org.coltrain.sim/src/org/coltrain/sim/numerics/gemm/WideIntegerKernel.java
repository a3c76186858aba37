package org.coltrain.sim.numerics.gemm;

import java.util.Arrays;

/**
 * {@link ExactIntegerKernel}'s result for integers too wide for exact FP32 products (fixed16, hbfp13 and wider):
 * block sums in long lanes, exact while {@code block * max|a| * max|b|} stays below 2^63 (the DSL keeps fixed-point
 * widths to 16 bits, so k up to 2^33), each rescaled into a double accumulator in order of the blocks. Scalar.
 */
final class WideIntegerKernel {

    private long[] sums = new long[0];
    private double[] acc = new double[0];

    void multiply(float[] qa, double[] sa, float[] qb, double[] sb, float[] c, int m, int n, int k, int block) {
        int blocks = (k + block - 1) / block;
        if (sums.length < Panel.WIDTH) {
            sums = new long[Panel.WIDTH];
            acc = new double[Panel.WIDTH];
        }
        for (int j0 = 0; j0 < n; j0 += Panel.WIDTH) {
            int w = Math.min(Panel.WIDTH, n - j0);
            for (int i = 0; i < m; i++) {
                Arrays.fill(acc, 0, w, 0.0);
                for (int kb = 0; kb < blocks; kb++) {
                    Arrays.fill(sums, 0, w, 0L);
                    for (int p = kb * block, p1 = Math.min(k, p + block); p < p1; p++) {
                        long av = (long) qa[i * k + p];
                        int row = p * n + j0;
                        for (int j = 0; j < w; j++) sums[j] += av * (long) qb[row + j];
                    }
                    double g = sa[i * blocks + kb];
                    for (int j = 0; j < w; j++) acc[j] += sums[j] * (g * sb[kb * n + j0 + j]);
                }
                for (int j = 0; j < w; j++) c[i * n + j0 + j] = (float) acc[j];
            }
        }
    }
}
