package org.coltrain.sim.spec;

/**
 * A numeric encoding as the hardware stores and multiplies it. One record for every kind so that the model, the
 * cost model and the numerics core speak of the same thing; use the factories, which check the ranges.
 *
 * <p>Bit conventions: {@code totalBits} is the storage width of one element. For HBFP it includes the sign, so
 * {@code hbfp(8, ...)} keeps 1 sign + 7 magnitude bits per element (the HBFPEmulator's "bfp8"), plus one shared
 * exponent of {@code exponentBits} per block of {@code blockSize} elements along the dot-product dimension.
 * For fixed point, {@code fractionBits} of the {@code totalBits} (two's complement) are after the binary point.
 */
public record EncodingSpec(Kind kind, int totalBits, int fractionBits, int blockSize, int exponentBits,
        Rounding rounding) implements java.io.Serializable {

    public enum Kind { FP32, BF16, FP16, FIXED, HBFP }

    public enum Rounding { NEAREST, STOCHASTIC }

    public EncodingSpec {
        if (totalBits < 2 || totalBits > 32) throw new IllegalArgumentException("totalBits " + totalBits + " not in [2, 32]");
        if (kind == Kind.FIXED && (fractionBits < 0 || fractionBits >= totalBits))
            throw new IllegalArgumentException("fractionBits " + fractionBits + " not in [0, " + (totalBits - 1) + "]");
        if (kind == Kind.HBFP && (blockSize < 1 || exponentBits < 2 || exponentBits > 16))
            throw new IllegalArgumentException("HBFP block " + blockSize + " / exponent bits " + exponentBits + " out of range");
    }

    public static EncodingSpec fp32() { return new EncodingSpec(Kind.FP32, 32, 0, 1, 8, Rounding.NEAREST); }

    public static EncodingSpec bf16() { return new EncodingSpec(Kind.BF16, 16, 0, 1, 8, Rounding.NEAREST); }

    public static EncodingSpec fp16() { return new EncodingSpec(Kind.FP16, 16, 0, 1, 5, Rounding.NEAREST); }

    public static EncodingSpec fixed(int totalBits, int fractionBits, Rounding rounding) {
        return new EncodingSpec(Kind.FIXED, totalBits, fractionBits, 1, 0, rounding);
    }

    /** HBFP with {@code totalBits} per element including the sign; REFERENCES.md: 24-wide blocks, 10-bit exponents. */
    public static EncodingSpec hbfp(int totalBits, int blockSize, int exponentBits, Rounding rounding) {
        return new EncodingSpec(Kind.HBFP, totalBits, 0, blockSize, exponentBits, rounding);
    }

    /** Magnitude bits of the multiplier's significand input: what sets a MAC's multiplier area. */
    public int significandBits() {
        return switch (kind) {
            case FP32 -> 24;
            case BF16 -> 8;
            case FP16 -> 11;
            case FIXED, HBFP -> totalBits - 1;
        };
    }

    /** True where a hardware MAC needs a floating-point exponent path per element (not per block). */
    public boolean perElementExponent() {
        return kind == Kind.FP32 || kind == Kind.BF16 || kind == Kind.FP16;
    }

    /** Storage in bits per element, the shared HBFP exponent amortised over its block. */
    public double storageBitsPerElement() {
        return kind == Kind.HBFP ? totalBits + (double) exponentBits / blockSize : totalBits;
    }

    /** Whether gradients can be represented: fixed point has no dynamic range for training (REFERENCES.md, HBFP). */
    public boolean trainable() {
        return kind != Kind.FIXED;
    }

    /** Short lower-case name used by the CLI and reports: fp32, bf16, fp16, fixed8, hbfp8. */
    public String shortName() {
        return switch (kind) {
            case FP32 -> "fp32";
            case BF16 -> "bf16";
            case FP16 -> "fp16";
            case FIXED -> "fixed" + totalBits;
            case HBFP -> "hbfp" + totalBits;
        };
    }
}
