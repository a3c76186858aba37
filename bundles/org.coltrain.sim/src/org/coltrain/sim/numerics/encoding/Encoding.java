package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * A number format as the hardware stores it: {@link #quantize} rounds FP32 values to the nearest value (or a
 * stochastically chosen neighbour) the format can hold and hands them back as FP32, which every format here can
 * represent exactly (HBFP and fixed point up to 24 magnitude bits). Create instances with {@link Encodings#of}.
 *
 * <p>Instances are immutable and thread-safe; the random stream for stochastic rounding is passed in, so the same
 * stream state gives bit-identical results.
 */
public sealed interface Encoding permits Fp32Encoding, Bf16Encoding, Fp16Encoding, FixedPointEncoding, HbfpEncoding {

    EncodingSpec spec();

    /**
     * Rounds {@code x[from, from + length)} into {@code out[outFrom, outFrom + length)} ({@code out} may be {@code x}).
     * The range is one vector along the dot-product dimension: block formats start their first block at {@code from}.
     *
     * @param rng drawn from only when the spec's rounding is stochastic (then it must not be null), in element order
     */
    void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng);

    /** The CLI's name for this encoding, for example {@code hbfp8}. */
    default String name() {
        return spec().shortName();
    }
}
