package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

/**
 * A format whose elements are integers times a scale, multiplied by integer MACs: static fixed point (one scale
 * for all), per-tensor dynamic integers (one scale per tensor) and HBFP (one power-of-two scale per block).
 * The integers come as FP32 values, exact because they have at most 24 magnitude bits.
 */
public sealed interface IntegerEncoding extends Encoding permits FixedPointEncoding, DynamicIntEncoding, HbfpEncoding {

    /** Largest magnitude of an element's integer. */
    int maxMagnitude();

    /** Elements along the dot product that share one scale, or 0 when one scale covers the whole vector. */
    int scaleBlock();

    /** Scales per vector of {@code length} elements along the dot product. */
    default int scaleCount(int length) {
        return scaleBlock() == 0 ? 1 : (length + scaleBlock() - 1) / scaleBlock();
    }

    /**
     * Encodes a GEMM operand ({@code rows x cols}, row-major; each row one vector along the dot product when
     * {@code alongRows}, each column otherwise) into integers {@code q} (same layout) and scales, so that element
     * value = q * scale and {@code (float)} of it is what {@link #quantize} gives. Scales, with
     * {@code s = scaleCount(vector length)}: by rows {@code scales[r * s + b]}, by columns {@code scales[b * cols + c]}.
     * Random draws, if stochastic, go vector by vector in element order, as {@link #quantizeOperand} draws them.
     */
    void encodeOperand(float[] x, int rows, int cols, boolean alongRows, float[] q, double[] scales,
            SplittableRandom rng);

    @Override
    default void quantizeOperand(float[] x, int rows, int cols, boolean alongRows, float[] out, SplittableRandom rng) {
        int s = scaleCount(alongRows ? cols : rows);
        double[] scales = new double[(alongRows ? rows : cols) * s];
        encodeOperand(x, rows, cols, alongRows, out, scales, rng);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int b = alongRows ? r * s + (scaleBlock() == 0 ? 0 : c / scaleBlock())
                        : (scaleBlock() == 0 ? 0 : r / scaleBlock()) * cols + c;
                out[r * cols + c] = (float) (out[r * cols + c] * scales[b]);
            }
    }
}
