package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * A number format as the hardware stores it: {@link #quantize} rounds FP32 values to the nearest value (or a
 * stochastically chosen neighbour) the format can hold and hands them back as FP32, which every format here can
 * represent exactly (HBFP and fixed point up to 24 magnitude bits; a per-tensor integer's value {@code q * scale} is
 * rounded to FP32 once). Create instances with {@link Encodings#of} or {@link Encodings#byName}.
 *
 * <p>Instances are immutable and thread-safe; the random stream for stochastic rounding is passed in, so the same
 * stream state gives bit-identical results.
 */
public sealed interface Encoding permits Fp32Encoding, Bf16Encoding, Fp16Encoding, IntegerEncoding {

    EncodingSpec spec();

    /**
     * Rounds {@code x[from, from + length)} into {@code out[outFrom, outFrom + length)} ({@code out} may be {@code x}).
     * The range is one vector along the dot-product dimension: block formats start their first block at {@code from};
     * per-tensor formats take the range as the whole tensor.
     *
     * @param rng drawn from only when the spec's rounding is stochastic (then it must not be null), in element order
     */
    void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng);

    /**
     * Rounds a GEMM operand, a {@code rows x cols} row-major matrix, into {@code out} (not {@code x}). When
     * {@code alongRows} each row is one vector along the dot product (A of {@code C = A B}), else each column is (B).
     * Vectors are rounded as {@link #quantize} rounds them, in order, drawing random bits vector by vector; a
     * per-tensor format takes one scale for the whole matrix.
     */
    default void quantizeOperand(float[] x, int rows, int cols, boolean alongRows, float[] out, SplittableRandom rng) {
        if (alongRows) {
            for (int r = 0; r < rows; r++) quantize(x, r * cols, cols, out, r * cols, rng);
        } else {
            Operands.quantizeColumns(this, x, rows, cols, out, rng);
        }
    }

    /**
     * The exact variant for tables and the CLI, which {@link Encodings#byName} reads back: {@code hbfp8},
     * {@code hbfp8-sr} (stochastic rounding), {@code fixed8-static}, {@code int8-dynamic}.
     */
    default String name() {
        return spec().shortName() + Encodings.roundingSuffix(spec());
    }
}
