package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * bfloat16: 8 exponent bits like FP32, 7 stored fraction bits (Google Brain format);
 * subnormals kept, rounding to nearest even or stochastic as the spec says, overflow to infinity or saturating as {@code format.overflow()} says.
 */
public record Bf16Encoding(EncodingSpec spec, MiniFloat format) implements Encoding {

    public Bf16Encoding {
        if (spec.kind() != EncodingSpec.Kind.BF16) throw new IllegalArgumentException("not BF16: " + spec);
        if (format.exponentBits() != MiniFloat.BF16.exponentBits() || format.mantissaBits() != MiniFloat.BF16.mantissaBits())
            throw new IllegalArgumentException("not the BF16 layout: " + format);
    }

    public Bf16Encoding(EncodingSpec spec, Overflow overflow) {
        this(spec, MiniFloat.BF16.withOverflow(overflow));
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        for (int i = 0; i < length; i++) out[outFrom + i] = format.round(x[from + i], draw);
    }
}
