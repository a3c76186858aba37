package org.coltrain.sim.numerics.encoding;

import java.util.Locale;

import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;

/**
 * Creates encodings from specs, and encodings from the CLI's names, which are the exact variant
 * ({@link Encoding#name} gives them back):
 * <ul>
 * <li>{@code fp32}, {@code bf16}, {@code fp16};</li>
 * <li>{@code fixed<T>-static} (also {@code fixed<T>}): T-bit two's complement with one static scale,
 *     {@link #FIXED_INTEGER_BITS} integer bits (sign included) and T - 3 fraction bits, so fixed8-static is Q2.5,
 *     range [-4, 3.97], step 1/32: sized for the digits inputs in [0, 1] and the weights, one format for every
 *     tensor as a fixed-point datapath has it;</li>
 * <li>{@code int<T>-dynamic}: T-bit symmetric integers with a per-tensor scale from the tensor's largest magnitude
 *     ({@link DynamicIntEncoding});</li>
 * <li>{@code hbfp<T>}: HBFP with T bits per element (sign included), 1-D blocks of {@link #HBFP_BLOCK} along the dot
 *     product and {@link #HBFP_EXPONENT_BITS}-bit exponents (HBFPEmulator's block size, REFERENCES.md).</li>
 * </ul>
 * All round to nearest; append {@code -sr} (for example {@code hbfp4-sr}) for stochastic rounding.
 */
public final class Encodings {

    /** Integer bits of the fixed-point presets, the sign included. */
    public static final int FIXED_INTEGER_BITS = 3;
    /** Elements per shared exponent of the HBFP presets: HBFPEmulator's scripts use 24-wide tiles. */
    public static final int HBFP_BLOCK = 24;
    /** Shared exponent width of the HBFP presets, as REFERENCES.md assumes. */
    public static final int HBFP_EXPONENT_BITS = 10;

    static final String STOCHASTIC_SUFFIX = "-sr";
    static final String STATIC_SUFFIX = "-static";
    static final String DYNAMIC_SUFFIX = "-dynamic";

    private Encodings() {}

    /** The encoding for a spec; BF16 and FP16 overflow to infinity; fixed point has one static scale. */
    public static Encoding of(EncodingSpec spec) {
        return of(spec, Overflow.INFINITY);
    }

    public static Encoding of(EncodingSpec spec, Overflow overflow) {
        return switch (spec.kind()) {
            case FP32 -> new Fp32Encoding(spec);
            case BF16 -> new Bf16Encoding(spec, overflow);
            case FP16 -> new Fp16Encoding(spec, overflow);
            case FIXED -> new FixedPointEncoding(spec);
            case HBFP -> new HbfpEncoding(spec);
        };
    }

    /** The encoding for a CLI name such as {@code hbfp8}, {@code fixed8-static-sr} or {@code int8-dynamic}. */
    public static Encoding byName(String name) {
        String base = base(name);
        EncodingSpec spec = specByName(name);
        return base.startsWith("int") ? new DynamicIntEncoding(spec) : of(spec);
    }

    /** The spec for a CLI name; throws IllegalArgumentException naming the accepted forms. */
    public static EncodingSpec specByName(String name) {
        String base = base(name);
        Rounding rounding = stochastic(name) ? Rounding.STOCHASTIC : Rounding.NEAREST;
        EncodingSpec spec = switch (base) {
            case "fp32" -> EncodingSpec.fp32();
            case "bf16" -> EncodingSpec.bf16();
            case "fp16" -> EncodingSpec.fp16();
            default -> null;
        };
        if (spec != null)
            return new EncodingSpec(spec.kind(), spec.totalBits(), spec.fractionBits(), spec.blockSize(),
                    spec.exponentBits(), rounding);
        if (base.startsWith("fixed")) {
            String bits = base.endsWith(STATIC_SUFFIX) ? base.substring(0, base.length() - STATIC_SUFFIX.length()) : base;
            int t = bitsAfter(name, bits, "fixed", FIXED_INTEGER_BITS + 1);
            return EncodingSpec.fixed(t, t - FIXED_INTEGER_BITS, rounding);
        }
        if (base.startsWith("int") && base.endsWith(DYNAMIC_SUFFIX)) {
            int t = bitsAfter(name, base.substring(0, base.length() - DYNAMIC_SUFFIX.length()), "int", 2);
            return EncodingSpec.fixed(t, 0, rounding);
        }
        if (base.startsWith("hbfp")) {
            return EncodingSpec.hbfp(bitsAfter(name, base, "hbfp", 2), HBFP_BLOCK, HBFP_EXPONENT_BITS, rounding);
        }
        throw unknown(name);
    }

    /** {@code -sr} for stochastic rounding, nothing for nearest. */
    static String roundingSuffix(EncodingSpec spec) {
        return spec.rounding() == Rounding.STOCHASTIC ? STOCHASTIC_SUFFIX : "";
    }

    private static boolean stochastic(String name) {
        return name.trim().toLowerCase(Locale.ROOT).endsWith(STOCHASTIC_SUFFIX);
    }

    private static String base(String name) {
        String base = name.trim().toLowerCase(Locale.ROOT);
        return stochastic(name) ? base.substring(0, base.length() - STOCHASTIC_SUFFIX.length()) : base;
    }

    private static int bitsAfter(String name, String base, String prefix, int minBits) {
        try {
            int bits = Integer.parseInt(base.substring(prefix.length()));
            if (bits >= minBits && bits <= 25) return bits;
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw unknown(name);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown encoding '" + name + "': use fp32, bf16, fp16, fixed<4..25>-static,"
                + " int<2..25>-dynamic or hbfp<2..25>, optionally with -sr for stochastic rounding");
    }
}
