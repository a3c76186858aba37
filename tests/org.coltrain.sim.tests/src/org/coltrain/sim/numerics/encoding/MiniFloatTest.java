package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** FP16 is checked against the JDK's own binary16 conversion, BF16 against the well-known integer rounding trick. */
class MiniFloatTest {

    private static final MiniFloat FP16 = MiniFloat.FP16;
    private static final MiniFloat BF16 = MiniFloat.BF16;
    /** A stride prime to 2^32 visits floats of every exponent and many low-bit patterns in ~17 M steps. */
    private static final long SWEEP_STRIDE = 251;

    @Test
    void everyFp16BitPatternDecodesLikeTheJdkAndEveryNonNanRoundTrips() {
        for (int h = 0; h < 1 << 16; h++) {
            float jdk = Float.float16ToFloat((short) h);
            float ours = FP16.toFloat(h);
            assertEquals(Float.floatToRawIntBits(jdk), Float.floatToRawIntBits(ours), "decode " + Integer.toHexString(h));
            if (Float.isNaN(ours)) assertTrue(Float.isNaN(FP16.toFloat(FP16.toBits(ours))));
            else assertEquals(h, FP16.toBits(ours), "round trip " + Integer.toHexString(h));
        }
    }

    @Test
    void fp16RoundingAgreesWithTheJdkAtEveryMidpointAndItsNeighbours() {
        // ties and near-ties are where nearest-even rounding goes wrong: test each midpoint between adjacent
        // finite halves of the same sign, and the floats one ulp either side of it
        for (int h = 0; h < 0x7c00; h++) {
            for (int sign : new int[] {0, 0x8000}) {
                double lo = FP16.toFloat(sign | h), hi = FP16.toFloat(sign | (h + 1));
                float mid = (float) ((lo + hi) / 2); // exact: the midpoint has at most 12 significant bits
                for (float x : new float[] {mid, Math.nextUp(mid), Math.nextDown(mid)}) {
                    assertEquals(Float.floatToFloat16(x) & 0xffff, FP16.toBits(x), "x = " + x);
                    assertEquals(Float.float16ToFloat(Float.floatToFloat16(x)), FP16.round(x, null), "round " + x);
                }
            }
        }
    }

    @Test
    void fp16RoundingAgreesWithTheJdkOverASweepOfAllFloats() {
        for (long b = 0; b < 1L << 32; b += SWEEP_STRIDE) {
            float x = Float.intBitsToFloat((int) b);
            if (Float.isNaN(x)) continue;
            int expected = Float.floatToFloat16(x) & 0xffff;
            int actual = FP16.toBits(x);
            if (expected != actual) assertEquals(expected, actual, "x bits " + Long.toHexString(b));
        }
    }

    @Test
    void everyNonNanBf16BitPatternRoundTripsAndIsTheUpperHalfOfItsFloat() {
        for (int h = 0; h < 1 << 16; h++) {
            float x = BF16.toFloat(h);
            // BF16 is the top 16 bits of an FP32 pattern, so decoding is a shift
            if (Float.isNaN(x)) {
                assertTrue(Float.isNaN(BF16.toFloat(BF16.toBits(x))));
                continue;
            }
            assertEquals(h << 16, Float.floatToRawIntBits(x), "decode " + Integer.toHexString(h));
            assertEquals(h, BF16.toBits(x), "round trip " + Integer.toHexString(h));
        }
    }

    @Test
    void bf16RoundingAgreesWithTheIntegerRoundingTrickOverASweepOfAllFloats() {
        for (long b = 0; b < 1L << 32; b += SWEEP_STRIDE) {
            int bits = (int) b;
            if (Float.isNaN(Float.intBitsToFloat(bits))) continue;
            assertEquals(bf16Reference(bits), BF16.toBits(Float.intBitsToFloat(bits)), "bits " + Long.toHexString(b));
        }
        for (int h = 0; h < 0x7f80; h++) {
            int tie = (h << 16) | 0x8000; // exactly halfway to the next bf16
            assertEquals(bf16Reference(tie), BF16.toBits(Float.intBitsToFloat(tie)));
            assertEquals(bf16Reference(tie + 1), BF16.toBits(Float.intBitsToFloat(tie + 1)));
            assertEquals(bf16Reference(tie - 1), BF16.toBits(Float.intBitsToFloat(tie - 1)));
        }
    }

    /** Nearest-even by integer addition (as in TensorFlow's bfloat16.h): add 0x7fff plus the kept lsb, truncate. */
    private static int bf16Reference(int bits) {
        return ((bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16) & 0xffff;
    }

    @Test
    void theFastNearestPathOfRoundEqualsTheFullConversionOverASweep() {
        for (MiniFloat format : new MiniFloat[] {FP16, BF16, FP16.withOverflow(Overflow.SATURATE), new MiniFloat(4, 3, Overflow.INFINITY)}) {
            for (long b = 0; b < 1L << 32; b += SWEEP_STRIDE * 4) {
                float x = Float.intBitsToFloat((int) b);
                if (Float.isNaN(x)) continue;
                float slow = format.toFloat(format.toBits(x));
                if (Float.floatToRawIntBits(slow) != Float.floatToRawIntBits(format.round(x, null)))
                    assertEquals(slow, format.round(x, null), format + " x bits " + Long.toHexString(b));
            }
        }
    }

    @Test
    void fp16OverflowGoesToInfinityOrSaturatesAsConfigured() {
        // 65504 is FP16's largest finite value, 65520 the midpoint to 65536 = 2^16: ties to even go to infinity
        assertEquals(Float.POSITIVE_INFINITY, FP16.round(65520f, null));
        assertEquals(65504f, FP16.round(65519.996f, null));
        MiniFloat saturating = FP16.withOverflow(Overflow.SATURATE);
        assertEquals(65504f, saturating.round(65520f, null));
        assertEquals(-65504f, saturating.round(-1e9f, null));
        assertEquals(Float.NEGATIVE_INFINITY, saturating.round(Float.NEGATIVE_INFINITY, null));
        assertEquals(65504f, FP16.maxFinite());
        // BF16: largest finite is (2 - 2^-7) * 2^127
        assertEquals((float) ((2 - Math.pow(2, -7)) * Math.pow(2, 127)), BF16.maxFinite());
    }

    @Test
    void fp16KeepsSubnormalsAndRoundsBelowHalfTheSmallestToZero() {
        float smallest = (float) Math.pow(2, -24); // FP16's smallest subnormal
        assertEquals(1, FP16.toBits(smallest));
        assertEquals(0, FP16.toBits(smallest / 2)); // a tie between 0 and 1 ulp: even is 0
        assertEquals(1, FP16.toBits(Math.nextUp(smallest / 2)));
        assertEquals(0x8000, FP16.toBits(-Float.MIN_VALUE)); // sign of zero kept
    }

    @Test
    void stochasticRoundingIsUnbiased() {
        // 1 + 2^-12 lies a quarter of the way from 1 to the next FP16 value 1 + 2^-10
        float x = 1f + (float) Math.pow(2, -12);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 100_000, up = 0;
        for (int i = 0; i < n; i++) if (FP16.round(x, rng) > 1f) up++;
        // binomial(n, 0.25): sd = sqrt(n * 0.25 * 0.75) = 137, so +-1000 is over 7 sd
        assertTrue(Math.abs(up - n / 4) < 1000, "rounded up " + up + " of " + n);
    }
}
