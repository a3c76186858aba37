package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * Two's complement fixed point: a raw integer of {@code totalBits} in [-2^(T-1), 2^(T-1) - 1] stands for
 * {@code raw * 2^-fractionBits}. Out-of-range values saturate; NaN maps to 0 (the hardware has no NaN).
 */
public record FixedPointEncoding(EncodingSpec spec) implements Encoding {

    public FixedPointEncoding {
        if (spec.kind() != EncodingSpec.Kind.FIXED) throw new IllegalArgumentException("not fixed point: " + spec);
    }

    public int minRaw() { return -(1 << (spec.totalBits() - 1)); }

    public int maxRaw() { return (int) ((1L << (spec.totalBits() - 1)) - 1); }

    /** The raw integer the hardware stores for {@code x}; {@code rng} as in {@link Encoding#quantize}. */
    public int encode(float x, SplittableRandom rng) {
        if (Float.isNaN(x)) return 0;
        double scaled = Math.scalb((double) x, spec.fractionBits());
        double rounded = Rounding.toInteger(scaled, Rounding.streamFor(spec, rng));
        return (int) Math.max(minRaw(), Math.min(maxRaw(), rounded));
    }

    /** The value of a raw integer (exact in FP32 for up to 25 total bits). */
    public float decode(int raw) {
        return (float) Math.scalb((double) raw, -spec.fractionBits());
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        for (int i = 0; i < length; i++) out[outFrom + i] = decode(encode(x[from + i], rng));
    }
}
