package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HbfpEncodingTest {

    private static HbfpEncoding hbfp(int bits, int block) {
        return new HbfpEncoding(EncodingSpec.hbfp(bits, block, 10, Rounding.NEAREST));
    }

    /** Vectors of 1..80 floats spread over about 2^-60..2^60, with exact zeros mixed in. */
    @Provide
    Arbitrary<float[]> vectors() {
        Arbitrary<Float> element = Combinators.combine(
                Arbitraries.floats().between(-1f, 1f).withSpecialValue(0f), Arbitraries.integers().between(-60, 60))
                .as((m, e) -> Math.scalb(m, e));
        return element.array(float[].class).ofMinSize(1).ofMaxSize(80);
    }

    private static float[] quantize(HbfpEncoding enc, float[] x) {
        float[] out = new float[x.length];
        enc.quantize(x, 0, x.length, out, 0, null);
        return out;
    }

    @Property(tries = 300, seed = "5")
    void quantizingTwiceChangesNothing(@ForAll("vectors") float[] x, @ForAll @IntRange(min = 2, max = 12) int bits,
            @ForAll @IntRange(min = 1, max = 32) int block) {
        HbfpEncoding enc = hbfp(bits, block);
        float[] once = quantize(enc, x);
        assertArrayEquals(once, quantize(enc, once));
    }

    @Property(tries = 300, seed = "5")
    void everyElementIsWithinHalfAStepOfItsBlock(@ForAll("vectors") float[] x,
            @ForAll @IntRange(min = 2, max = 12) int bits, @ForAll @IntRange(min = 1, max = 32) int block) {
        HbfpEncoding enc = hbfp(bits, block);
        float[] q = quantize(enc, x);
        for (int start = 0; start < x.length; start += block) {
            int n = Math.min(block, x.length - start);
            // one unit in the last place of the block is 2^(e - m)
            double ulp = Math.scalb(1.0, enc.sharedExponent(x, start, n) - enc.mantissaBits());
            for (int i = start; i < start + n; i++)
                assertTrue(Math.abs((double) q[i] - x[i]) <= ulp / 2, "element " + i + ": " + x[i] + " -> " + q[i]);
        }
    }

    @Property(tries = 100, seed = "5")
    void aBlockOfZerosStaysZero(@ForAll @IntRange(min = 1, max = 64) int length,
            @ForAll @IntRange(min = 2, max = 12) int bits) {
        float[] q = quantize(hbfp(bits, 24), new float[length]);
        assertArrayEquals(new float[length], q);
    }

    @Property(tries = 300, seed = "5")
    void negatingTheInputNegatesTheOutput(@ForAll("vectors") float[] x, @ForAll @IntRange(min = 2, max = 12) int bits) {
        float[] negated = new float[x.length];
        for (int i = 0; i < x.length; i++) negated[i] = -x[i];
        float[] q = quantize(hbfp(bits, 24), x), qn = quantize(hbfp(bits, 24), negated);
        for (int i = 0; i < x.length; i++) assertEquals(-q[i], qn[i], 0f);
    }

    @Property(tries = 200, seed = "5")
    void encodeThenDecodeEqualsQuantize(@ForAll("vectors") float[] x, @ForAll @IntRange(min = 2, max = 12) int bits) {
        HbfpEncoding enc = hbfp(bits, 24);
        int[] q = new int[x.length];
        int[] exps = new int[enc.blockCount(x.length)];
        enc.encode(x, 0, x.length, q, 0, exps, 0, null);
        float[] expected = quantize(enc, x);
        for (int i = 0; i < x.length; i++) assertEquals(expected[i], enc.decode(q[i], exps[i / 24]), 0f);
    }

    @Test
    void hbfp8RoundsOnTheGridOfItsBlocksLargestElement() {
        // max |x| = 0.75: e = ceil(log2 0.75) = 0, 7 magnitude bits, step 2^(0-7) = 1/128;
        // 0.1 * 128 = 12.8 -> 13 -> 13/128 = 0.1015625; 0.75 * 128 = 96 exactly
        float[] q = quantize(hbfp(8, 24), new float[] {0.75f, 0.1f, -0.3f});
        // -0.3 * 128 = -38.4 -> -38 -> -0.296875
        assertArrayEquals(new float[] {0.75f, 0.1015625f, -0.296875f}, q);
    }

    @Test
    void aLargestElementThatWouldCarryRaisesTheExponent() {
        // max = 1 = 2^0: e = 0 would need mantissa 128 > 127, so e = 1 and the step is 2^(1-7) = 1/64;
        // 0.3 * 64 = 19.2 -> 19 -> 0.296875. (HBFPEmulator would keep e = 0 and clamp 1 to 127/128.)
        HbfpEncoding enc = hbfp(8, 24);
        float[] x = {1f, 0.3f};
        assertEquals(1, enc.sharedExponent(x, 0, 2));
        assertArrayEquals(new float[] {1f, 0.296875f}, quantize(enc, x));
    }

    @Test
    void blocksStartAtTheVectorsFirstElementAndAreIndependent() {
        // block 2: {8, 1} shares e = 3 with 3 bits (step 2^(3-3) = 1); {0.25, 0.125} shares e = -2 (step 1/32)
        HbfpEncoding enc = hbfp(4, 2);
        float[] q = quantize(enc, new float[] {8f, 0.4f, 0.25f, 0.1f});
        // 8 -> e = 3 needs mantissa 8 > 7, so e = 4, step 2: 8 -> 8, 0.4 -> 0.2 -> 0
        // 0.25 -> e = -2, 0.25 * 2^5 = 8 > 7, so e = -1, step 1/16: 0.1 * 16 = 1.6 -> 2 -> 0.125
        assertArrayEquals(new float[] {8f, 0f, 0.25f, 0.125f}, q);
    }

    @Test
    void aNarrowExponentSaturatesLargeBlocks() {
        // 2 exponent bits: e in [-2, 1]; 100 needs e = 7, so e = 1 and the mantissa saturates at 127 * 2^(1-7)
        HbfpEncoding enc = new HbfpEncoding(EncodingSpec.hbfp(8, 4, 2, Rounding.NEAREST));
        assertArrayEquals(new float[] {127f / 64}, quantize(enc, new float[] {100f}));
    }

    @Test
    void floatMaxSaturatesInsteadOfOverflowing() {
        // FLT_MAX = 2^128 - 2^104: e = ceil(log2) = 128 and FLT_MAX * 2^(7 - 128) = 128 - 2^-17 rounds to 128 > 127;
        // raising e to 129 would decode 64 * 2^122 = 2^128 = infinity, so e stays 128 and the mantissa clamps to 127
        HbfpEncoding enc = hbfp(8, 24);
        float top = 127 * 0x1p121f;
        float[] x = {Float.MAX_VALUE, -Float.MAX_VALUE};
        assertEquals(HbfpEncoding.FP32_EXPONENT_LIMIT, enc.sharedExponent(x, 0, 2));
        assertArrayEquals(new float[] {top, -top}, quantize(enc, x));
        assertArrayEquals(new float[] {-top}, quantize(enc, new float[] {-Float.MAX_VALUE}));
    }

    @Test
    void oneHugeValueSaturatesAndFlushesItsSmallNeighbours() {
        // shared exponent 128, step 2^121 ~ 2.7e36: 1e30 and 1 round to 0, 3e36 to one step, FLT_MAX to 127 steps
        float step = 0x1p121f;
        float[] q = quantize(hbfp(8, 4), new float[] {1f, Float.MAX_VALUE, -3e36f, 1e30f, 0.5f});
        // the fifth element is a block of its own (block 4) and keeps its precision
        assertArrayEquals(new float[] {0f, 127 * step, -step, 0f, 0.5f}, q);
    }

    @Property(tries = 300, seed = "5")
    void everyFiniteInputDecodesFinite(@ForAll("vectors") float[] x, @ForAll @IntRange(min = 2, max = 25) int bits,
            @ForAll @IntRange(min = 1, max = 127) int exponent) {
        // scale the vector up to the top of the FP32 range: values near +-FLT_MAX in every width
        float[] big = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            float v = Math.scalb(x[i], exponent);
            big[i] = Float.isFinite(v) ? v : Math.copySign(Float.MAX_VALUE, v);
        }
        big[0] = Math.copySign(Float.MAX_VALUE, x[0]);
        for (float v : quantize(hbfp(bits, 24), big)) assertTrue(Float.isFinite(v), "decoded " + v);
    }

    @Test
    void nonFiniteInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> quantize(hbfp(8, 24), new float[] {1f, Float.NaN}));
    }

    @Test
    void stochasticRoundingIsUnbiasedAndSeeded() {
        // block {1/128 * 3/4 + 1/2 ..}: 0.5 sets e = -1 (mantissa 0.5 * 2^8 = 128 > 127 -> e = 0, step 1/128);
        // 0.1 * 128 = 12.8 rounds up with probability 0.8
        HbfpEncoding enc = new HbfpEncoding(EncodingSpec.hbfp(8, 24, 10, Rounding.STOCHASTIC));
        float[] x = {0.5f, 0.1f}, out = new float[2];
        SplittableRandom rng = new SplittableRandom(7);
        int n = 50_000, up = 0;
        for (int i = 0; i < n; i++) {
            enc.quantize(x, 0, 2, out, 0, rng);
            if (out[1] == 13f / 128) up++;
            else assertEquals(12f / 128, out[1]);
        }
        // binomial(n, 0.8): sd = sqrt(n * 0.16) = 89; +-600 is over 6 sd
        assertTrue(Math.abs(up - 0.8 * n) < 600, "rounded up " + up);
        float[] a = new float[2], b = new float[2];
        enc.quantize(x, 0, 2, a, 0, new SplittableRandom(3));
        enc.quantize(x, 0, 2, b, 0, new SplittableRandom(3));
        assertArrayEquals(a, b);
    }
}
