package org.coltrain.sim.numerics.gemm;

/** Small array helpers the kernels and the training layers share. */
public final class Matrices {

    /** Columns per tile of C and B: a 512-deep strip of B (512 x 128 x 4 B = 256 KiB) stays in L2. */
    static final int TILE_N = 128;

    private Matrices() {}

    /** {@code dst (cols x rows) = src (rows x cols)} transposed. */
    public static void transpose(float[] src, int rows, int cols, float[] dst) {
        for (int r0 = 0; r0 < rows; r0 += 32)
            for (int c0 = 0; c0 < cols; c0 += 32)
                for (int r = r0, r1 = Math.min(rows, r0 + 32); r < r1; r++)
                    for (int c = c0, c1 = Math.min(cols, c0 + 32); c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }

    static void transpose(int[] src, int rows, int cols, int[] dst) {
        for (int r0 = 0; r0 < rows; r0 += 32)
            for (int c0 = 0; c0 < cols; c0 += 32)
                for (int r = r0, r1 = Math.min(rows, r0 + 32); r < r1; r++)
                    for (int c = c0, c1 = Math.min(cols, c0 + 32); c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }

    static float[] grow(float[] a, int size) { return a.length >= size ? a : new float[size]; }

    static int[] grow(int[] a, int size) { return a.length >= size ? a : new int[size]; }

    static long[] grow(long[] a, int size) { return a.length >= size ? a : new long[size]; }

    static double[] grow(double[] a, int size) { return a.length >= size ? a : new double[size]; }

    /**
     * The plain FP32 kernel: every {@code C[i][j]} starts at 0 and adds {@code A[i][p] * B[p][j]} in order of
     * {@code p}, each product and sum rounded to FP32 (Java forbids fusing them). Tiled over columns of C.
     */
    static void multiplyFloat(float[] a, float[] b, float[] c, int m, int n, int k) {
        java.util.Arrays.fill(c, 0, m * n, 0f);
        for (int j0 = 0; j0 < n; j0 += TILE_N) {
            int j1 = Math.min(n, j0 + TILE_N);
            for (int i = 0; i < m; i++) {
                int ci = i * n;
                for (int p = 0; p < k; p++) {
                    float av = a[i * k + p];
                    int bp = p * n;
                    for (int j = j0; j < j1; j++) c[ci + j] += av * b[bp + j];
                }
            }
        }
    }
}
