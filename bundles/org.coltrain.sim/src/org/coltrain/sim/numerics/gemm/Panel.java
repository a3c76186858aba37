package org.coltrain.sim.numerics.gemm;

/**
 * A column strip of a row-major matrix, copied row by row into arrays of their own. The kernels' inner loops then
 * index every array with the same {@code j}, which HotSpot's C2 compiler turns into SIMD code; a loop that reads
 * and writes arrays of one element type at different offsets stays scalar, since the two could be one array.
 * Rows are as long as the widest strip asked for so far.
 */
final class Panel {

    /**
     * Columns per strip. Long rows amortise the scalar pre- and post-loops C2 puts around each vectorised loop:
     * measured at 512^3 on a Zen 5 core, going from 128 to 512 columns took the FP32 kernel from about 42 to 75
     * GFLOP/s; a 512 x 512 strip (1 MiB) still streams from L2.
     */
    static final int WIDTH = 512;

    private float[][] rows = new float[0][];
    private double[][] scaleRows = new double[0][];

    /** Rows {@code 0..rowCount-1} of columns {@code [j0, j0 + width)} of {@code x} ({@code n} columns). */
    float[][] pack(float[] x, int rowCount, int n, int j0, int width) {
        if (rows.length < rowCount || (rowCount > 0 && rows[0].length < width)) {
            int length = Math.max(width, rows.length == 0 ? 0 : rows[0].length);
            float[][] bigger = new float[Math.max(rowCount, rows.length)][];
            for (int p = 0; p < bigger.length; p++) bigger[p] = new float[length];
            rows = bigger;
        }
        for (int p = 0; p < rowCount; p++) System.arraycopy(x, p * n + j0, rows[p], 0, width);
        return rows;
    }

    /** The same for a matrix of doubles (per-block column scales). */
    double[][] pack(double[] x, int rowCount, int n, int j0, int width) {
        if (scaleRows.length < rowCount || (rowCount > 0 && scaleRows[0].length < width)) {
            int length = Math.max(width, scaleRows.length == 0 ? 0 : scaleRows[0].length);
            double[][] bigger = new double[Math.max(rowCount, scaleRows.length)][];
            for (int p = 0; p < bigger.length; p++) bigger[p] = new double[length];
            scaleRows = bigger;
        }
        for (int p = 0; p < rowCount; p++) System.arraycopy(x, p * n + j0, scaleRows[p], 0, width);
        return scaleRows;
    }
}
