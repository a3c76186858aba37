package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

/**
 * An IEEE 754-style binary format narrower than FP32 (sign, {@code exponentBits} biased exponent,
 * {@code mantissaBits} stored fraction, subnormals, infinities, NaN), converted to and from FP32 bit-accurately.
 * BF16 is (8, 7) and FP16 (binary16) is (5, 10).
 *
 * <p>Rounding from FP32 works on the integer significand: the FP32 value is {@code sig * 2^(e - 23)}; the target
 * keeps {@code sig >> shift} where {@code shift = 23 - mantissaBits}, plus however far {@code e} lies below the
 * target's smallest normal exponent (then the result is subnormal). Adding the rounded significand to the
 * exponent field lets a carry renormalise by itself (IEEE 754-2019, section 4.3; same trick as the JDK's
 * {@code Float.floatToFloat16}). NaNs stay NaN but are made quiet, so signalling NaNs do not round-trip.
 */
public record MiniFloat(int exponentBits, int mantissaBits, Overflow overflow) {

    public static final MiniFloat BF16 = new MiniFloat(8, 7, Overflow.INFINITY);
    public static final MiniFloat FP16 = new MiniFloat(5, 10, Overflow.INFINITY);

    public MiniFloat {
        if (exponentBits < 2 || exponentBits > 8 || mantissaBits < 1 || mantissaBits > 22)
            throw new IllegalArgumentException("exponent bits " + exponentBits + " / mantissa bits " + mantissaBits);
    }

    public MiniFloat withOverflow(Overflow newOverflow) {
        return new MiniFloat(exponentBits, mantissaBits, newOverflow);
    }

    private int bias() { return (1 << (exponentBits - 1)) - 1; }

    private int infinityBits() { return ((1 << exponentBits) - 1) << mantissaBits; }

    private int signShift() { return exponentBits + mantissaBits; }

    /** Nearest-even conversion from FP32 to this format's bit pattern (sign in bit exponentBits + mantissaBits). */
    public int toBits(float x) {
        return toBits(x, null);
    }

    /**
     * Conversion from FP32; {@code rng == null} rounds to nearest, ties to even; otherwise rounds up with
     * probability (discarded part / one unit in the last place), drawing one {@code nextLong} per call.
     */
    public int toBits(float x, SplittableRandom rng) {
        int bits = Float.floatToRawIntBits(x);
        int sign = (bits >>> 31) << signShift();
        int abs = bits & 0x7fff_ffff;
        if (abs >= 0x7f80_0000) {
            if (abs == 0x7f80_0000) return sign | infinityBits();
            int payload = (abs & 0x007f_ffff) >>> (23 - mantissaBits);
            return sign | infinityBits() | (payload == 0 ? 1 << (mantissaBits - 1) : payload);
        }
        int exp32 = abs >>> 23;
        int unbiased = exp32 == 0 ? -126 : exp32 - 127;
        long sig = exp32 == 0 ? (abs & 0x007f_ffff) : (abs & 0x007f_ffff) | 0x0080_0000;
        int minNormal = 1 - bias();
        // sig < 2^24, so any shift of 25 or more rounds to zero (or to the smallest subnormal, stochastically)
        int shift = Math.min(25, 23 - mantissaBits + Math.max(0, minNormal - unbiased));
        long q = sig >>> shift;
        long rem = sig & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rng == null) {
            if (rem > half || (rem == half && (q & 1) == 1)) q++;
        } else if ((rng.nextLong() >>> (64 - shift)) < rem) {
            q++;
        }
        int base = Math.max(unbiased, minNormal) + bias() - 1;
        long result = ((long) base << mantissaBits) + q;
        if (result >= infinityBits()) return sign | (overflow == Overflow.INFINITY ? infinityBits() : infinityBits() - 1);
        return sign | (int) result;
    }

    /** Exact conversion of a bit pattern of this format to FP32 (every value of the format is an FP32 value). */
    public float toFloat(int bits) {
        int sign = ((bits >>> signShift()) & 1) << 31;
        int exp = (bits >>> mantissaBits) & ((1 << exponentBits) - 1);
        int man = bits & ((1 << mantissaBits) - 1);
        if (exp == (1 << exponentBits) - 1) {
            // a NaN comes back quiet, payload kept in the top fraction bits (as the JDK and x86 F16C do)
            int quiet = man == 0 ? 0 : 0x0040_0000;
            return Float.intBitsToFloat(sign | 0x7f80_0000 | quiet | (man << (23 - mantissaBits)));
        }
        if (exp == 0) {
            float magnitude = Math.scalb((float) man, 1 - bias() - mantissaBits);
            return Float.intBitsToFloat(sign | Float.floatToRawIntBits(magnitude));
        }
        return Float.intBitsToFloat(sign | ((exp - bias() + 127) << 23) | (man << (23 - mantissaBits)));
    }

    /**
     * Rounds an FP32 value through this format and back ({@code toFloat(toBits(x, rng))}). Nearest rounding of a
     * value whose result is normal stays in FP32 bits: add half a target ulp minus one plus the kept lsb, truncate
     * (the BF16 trick, generalised); everything else takes the full path.
     */
    public float round(float x, SplittableRandom rng) {
        if (rng == null) {
            int bits = Float.floatToRawIntBits(x);
            int abs = bits & 0x7fff_ffff;
            int exp32 = abs >>> 23;
            int shift = 23 - mantissaBits;
            int maxExp32 = 127 + bias();
            if (exp32 >= 128 - bias() && exp32 <= maxExp32) {
                int rounded = (abs + (1 << (shift - 1)) - 1 + ((abs >>> shift) & 1)) & -(1 << shift);
                if ((rounded >>> 23) <= maxExp32) return Float.intBitsToFloat((bits & 0x8000_0000) | rounded);
            }
        }
        return toFloat(toBits(x, rng));
    }

    /** Largest finite value of the format. */
    public float maxFinite() {
        return toFloat(infinityBits() - 1);
    }
}
