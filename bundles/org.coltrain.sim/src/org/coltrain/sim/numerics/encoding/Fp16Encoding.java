package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * IEEE 754 binary16: 5 exponent bits, 10 stored fraction bits;
 * subnormals kept, rounding to nearest even or stochastic as the spec says, overflow to infinity or saturating as {@code format.overflow()} says.
 */
public record Fp16Encoding(EncodingSpec spec, MiniFloat format) implements Encoding {

    public Fp16Encoding {
        if (spec.kind() != EncodingSpec.Kind.FP16) throw new IllegalArgumentException("not FP16: " + spec);
        if (format.exponentBits() != MiniFloat.FP16.exponentBits() || format.mantissaBits() != MiniFloat.FP16.mantissaBits())
            throw new IllegalArgumentException("not the FP16 layout: " + format);
    }

    public Fp16Encoding(EncodingSpec spec, Overflow overflow) {
        this(spec, MiniFloat.FP16.withOverflow(overflow));
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        for (int i = 0; i < length; i++) out[outFrom + i] = format.round(x[from + i], draw);
    }
}
