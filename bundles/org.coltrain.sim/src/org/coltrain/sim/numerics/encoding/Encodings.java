package org.coltrain.sim.numerics.encoding;

import java.util.List;

import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;

/**
 * Creates encodings from specs, and specs from the CLI's names.
 *
 * <p>Names: {@code fp32}, {@code bf16}, {@code fp16}; {@code fixed<T>} is T-bit two's complement with
 * {@link #FIXED_INTEGER_BITS} integer bits (sign included) and T - 3 fraction bits, so fixed8 is Q2.5, range
 * [-4, 3.97], step 1/32: sized for the digits inputs in [0, 1] and the weights, one format for every tensor as a
 * fixed-point datapath has it; {@code hbfp<T>} is HBFP with T bits per element (sign included), blocks of
 * {@link #HBFP_BLOCK} and {@link #HBFP_EXPONENT_BITS}-bit exponents (HBFPEmulator's defaults, REFERENCES.md).
 * All round to nearest; append {@code -sr} (for example {@code hbfp4-sr}) for stochastic rounding.
 */
public final class Encodings {

    /** Integer bits of the fixed-point presets, the sign included. */
    public static final int FIXED_INTEGER_BITS = 3;
    /** Elements per shared exponent of the HBFP presets: HBFPEmulator tiles in 24-wide blocks. */
    public static final int HBFP_BLOCK = 24;
    /** Shared exponent width of the HBFP presets, as REFERENCES.md assumes. */
    public static final int HBFP_EXPONENT_BITS = 10;

    /** The encodings `numerics compare` trains with, in table order. */
    public static final List<String> COMPARED = List.of("fp32", "bf16", "fixed8", "hbfp8", "hbfp6", "hbfp4");

    private static final String STOCHASTIC_SUFFIX = "-sr";

    private Encodings() {}

    /** The encoding for a spec; BF16 and FP16 overflow to infinity. */
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

    /** The encoding for a CLI name such as {@code hbfp8} or {@code fixed8-sr}. */
    public static Encoding byName(String name) {
        return of(specByName(name));
    }

    /** The spec for a CLI name; throws IllegalArgumentException naming the accepted forms. */
    public static EncodingSpec specByName(String name) {
        String base = name.trim().toLowerCase(java.util.Locale.ROOT);
        Rounding rounding = Rounding.NEAREST;
        if (base.endsWith(STOCHASTIC_SUFFIX)) {
            rounding = Rounding.STOCHASTIC;
            base = base.substring(0, base.length() - STOCHASTIC_SUFFIX.length());
        }
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
            int bits = bitsAfter(name, base, "fixed");
            return EncodingSpec.fixed(bits, bits - FIXED_INTEGER_BITS, rounding);
        }
        if (base.startsWith("hbfp")) {
            return EncodingSpec.hbfp(bitsAfter(name, base, "hbfp"), HBFP_BLOCK, HBFP_EXPONENT_BITS, rounding);
        }
        throw unknown(name);
    }

    private static int bitsAfter(String name, String base, String prefix) {
        try {
            int bits = Integer.parseInt(base.substring(prefix.length()));
            if (bits >= 2 + (prefix.equals("fixed") ? FIXED_INTEGER_BITS - 1 : 0) && bits <= 25) return bits;
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw unknown(name);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown encoding '" + name + "': use fp32, bf16, fp16, fixed<4..25>"
                + " or hbfp<2..25>, optionally with -sr for stochastic rounding");
    }
}
