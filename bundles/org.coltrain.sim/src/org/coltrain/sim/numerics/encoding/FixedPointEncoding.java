package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * Two's complement fixed point with one static scale: a raw integer of {@code totalBits} in
 * [-2^(T-1), 2^(T-1) - 1] stands for {@code raw * 2^-fractionBits}, the same format for every tensor as a
 * fixed-point datapath without scaling hardware has it. Out-of-range values saturate; NaN maps to 0 (the hardware
 * has no NaN). Its name carries {@code -static} to tell it from {@link DynamicIntEncoding}.
 */
public record FixedPointEncoding(EncodingSpec spec) implements IntegerEncoding {

    public FixedPointEncoding {
        if (spec.kind() != EncodingSpec.Kind.FIXED) throw new IllegalArgumentException("not fixed point: " + spec);
    }

    public int minRaw() { return -(1 << (spec.totalBits() - 1)); }

    public int maxRaw() { return (int) ((1L << (spec.totalBits() - 1)) - 1); }

    @Override public int maxMagnitude() { return -minRaw(); }

    @Override public int scaleBlock() { return 0; }

    /** {@code fixed8-static} for the presets' Q format, {@code fixed8-static-q4.3} (integer.fraction bits) otherwise. */
    @Override
    public String name() {
        int integerBits = spec.totalBits() - 1 - spec.fractionBits();
        String format = spec.fractionBits() == spec.totalBits() - Encodings.FIXED_INTEGER_BITS ? ""
                : "-q" + integerBits + "." + spec.fractionBits();
        return "fixed" + spec.totalBits() + Encodings.STATIC_SUFFIX + format + Encodings.roundingSuffix(spec);
    }

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

    @Override
    public void encodeOperand(float[] x, int rows, int cols, boolean alongRows, float[] q, double[] scales,
            SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        if (draw == null) {
            // encode(x, null) with the loop kept plain: NaN becomes 0 (the max/min below would keep it NaN), and
            // adding +0 turns the -0 that rint gives small negatives into the integer 0
            double toRaw = Math.scalb(1.0, spec.fractionBits());
            int min = minRaw(), max = maxRaw();
            for (int i = 0; i < rows * cols; i++) {
                float v = x[i];
                q[i] = v != v ? 0f : (float) (Math.max(min, Math.min(max, Math.rint(v * toRaw))) + 0.0);
            }
        } else if (alongRows) {
            for (int i = 0; i < rows * cols; i++) q[i] = encode(x[i], draw);
        } else {
            for (int c = 0; c < cols; c++)
                for (int r = 0; r < rows; r++) q[r * cols + c] = encode(x[r * cols + c], draw);
        }
        java.util.Arrays.fill(scales, 0, alongRows ? rows : cols, Math.scalb(1.0, -spec.fractionBits()));
    }
}
