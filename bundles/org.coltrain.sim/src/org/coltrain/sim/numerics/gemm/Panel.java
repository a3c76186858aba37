package org.coltrain.sim.numerics.gemm;

/**
 * A column strip of a row-major matrix, copied row by row into arrays of their own. The kernels' inner loops then
 * index every array with the same {@code j}, which HotSpot's C2 compiler turns into SIMD code; a loop that reads
 * and writes arrays of one element type at different offsets stays scalar, since the two could be one array.
 */
final class Panel {

    /** Columns per strip: a 512-deep strip (512 x 128 x 4 B = 256 KiB) stays in L2. */
    static final int WIDTH = 128;

    private float[][] rows = new float[0][];
    private double[][] scaleRows = new double[0][];

    /** Rows {@code 0..rowCount-1} of columns {@code [j0, j0 + width)} of {@code x} ({@code n} columns). */
    float[][] pack(float[] x, int rowCount, int n, int j0, int width) {
        if (rows.length < rowCount) rows = grow(rows, rowCount);
        for (int p = 0; p < rowCount; p++) System.arraycopy(x, p * n + j0, rows[p], 0, width);
        return rows;
    }

    /** The same for a matrix of doubles (per-block column scales). */
    double[][] pack(double[] x, int rowCount, int n, int j0, int width) {
        if (scaleRows.length < rowCount) {
            double[][] bigger = new double[Math.max(rowCount, 2 * scaleRows.length)][];
            System.arraycopy(scaleRows, 0, bigger, 0, scaleRows.length);
            for (int p = scaleRows.length; p < bigger.length; p++) bigger[p] = new double[WIDTH];
            scaleRows = bigger;
        }
        for (int p = 0; p < rowCount; p++) System.arraycopy(x, p * n + j0, scaleRows[p], 0, width);
        return scaleRows;
    }

    private static float[][] grow(float[][] old, int rowCount) {
        float[][] bigger = new float[Math.max(rowCount, 2 * old.length)][];
        System.arraycopy(old, 0, bigger, 0, old.length);
        for (int p = old.length; p < bigger.length; p++) bigger[p] = new float[WIDTH];
        return bigger;
    }
}
