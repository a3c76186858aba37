package org.coltrain.sim.numerics;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;

/** Measures {@link ErrorStats} of one encoding on one tensor. */
public final class QuantizationError {

    private QuantizationError() {}

    /**
     * Quantizes {@code x} ({@code rows x cols}, each row one vector along the dot-product dimension, so HBFP blocks
     * run along rows; one GEMM operand, so a per-tensor format takes one scale) and compares with the original in
     * double precision.
     */
    public static ErrorStats measure(Encoding encoding, String tensor, float[] x, int rows, int cols,
            SplittableRandom rng) {
        float[] q = new float[rows * cols];
        encoding.quantizeOperand(x, rows, cols, true, q, rng);
        double signal = 0, noise = 0, maxAbs = 0;
        int nonZero = 0, flushed = 0;
        for (int i = 0; i < rows * cols; i++) {
            double d = (double) q[i] - x[i];
            signal += (double) x[i] * x[i];
            noise += d * d;
            maxAbs = Math.max(maxAbs, Math.abs(d));
            if (x[i] != 0f) {
                nonZero++;
                if (q[i] == 0f) flushed++;
            }
        }
        double snrDb = noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
        double relative = signal == 0 ? 0 : Math.sqrt(noise / signal);
        return new ErrorStats(encoding.name(), tensor, rows * cols, relative, snrDb, maxAbs,
                nonZero == 0 ? 0 : (double) flushed / nonZero);
    }
}
