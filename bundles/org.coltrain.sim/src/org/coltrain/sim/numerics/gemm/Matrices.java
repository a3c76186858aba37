package org.coltrain.sim.numerics.gemm;

/** Small array helpers the kernels and the training layers share. */
public final class Matrices {

    private Matrices() {}

    /** {@code dst (cols x rows) = src (rows x cols)} transposed. */
    public static void transpose(float[] src, int rows, int cols, float[] dst) {
        for (int r0 = 0; r0 < rows; r0 += 32)
            for (int c0 = 0; c0 < cols; c0 += 32)
                for (int r = r0, r1 = Math.min(rows, r0 + 32); r < r1; r++)
                    for (int c = c0, c1 = Math.min(cols, c0 + 32); c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }

    static float[] grow(float[] a, int size) { return a.length >= size ? a : new float[size]; }

    static double[] grow(double[] a, int size) { return a.length >= size ? a : new double[size]; }
}
