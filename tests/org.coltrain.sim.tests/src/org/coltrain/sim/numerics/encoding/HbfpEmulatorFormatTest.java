package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

/** HBFPEmulator's conversion (bfp/bfp_ops.py), worked by hand on small groups. */
class HbfpEmulatorFormatTest {

    private static HbfpEmulatorFormat bfp(int bits) {
        return new HbfpEmulatorFormat(EncodingSpec.hbfp(bits, 24, 10, Rounding.NEAREST));
    }

    @Test
    void aRowSharesTheExponentOfItsLargestElementAndClampsInsteadOfCarrying() {
        // hbfp4: m = 3. Row 0: max 1 = 2^0, e = 0, step 1/8, limit 1 - 1/8: 1 clamps to 0.875 (HbfpEncoding would raise
        // e instead), 0.3 * 8 = 2.4 -> 2 -> 0.25, -0.0625 * 8 = -0.5 -> -0 (ties to even). Row 1: max 6, e = 3, step 1
        float[] x = {1f, 0.3f, -0.0625f, 6f, 2.5f, -0.4f};
        float[] out = new float[6];
        bfp(4).roundRows(x, 2, 3, out, null);
        assertArrayEquals(new float[] {0.875f, 0.25f, -0f, 6f, 2f, -0f}, out);
    }

    @Test
    void columnsAndTilesGroupTheOtherWays() {
        // 2 x 3 matrix, hbfp4; columns: {1, 6} -> e = 3, step 1: 1, 6; {0.3, 2.5} -> e = 2, step 1/2: 0.5, 2.5;
        // {-0.0625, -0.4} -> e = -1, step 1/16: -0.0625, -0.375
        float[] x = {1f, 0.3f, -0.0625f, 6f, 2.5f, -0.4f};
        float[] out = new float[6];
        bfp(4).roundColumns(x, 2, 3, out, null);
        assertArrayEquals(new float[] {1f, 0.5f, -0.0625f, 6f, 2.5f, -0.375f}, out);
        // 2 x 2 tiles: the tile {1, 0.3; 6, 2.5} has e = 3 (step 1); the cut tile {-0.0625; -0.4} has e = -1
        bfp(4).roundTiles(x, 2, 3, 2, out, null);
        assertArrayEquals(new float[] {1f, 0f, -0.0625f, 6f, 2f, -0.375f}, out);
    }

    @Test
    void floatMaxSaturatesWhereTheEmulatorsFp32ArithmeticWouldOverflow() {
        // e = ceil(log2 FLT_MAX) = 128, step 2^121, FLT_MAX / step = 128 - 2^-17 rounds to 128, clamped to 2^128 - 2^121
        float[] out = new float[3];
        bfp(8).roundRows(new float[] {Float.MAX_VALUE, -Float.MAX_VALUE, 1e30f}, 1, 3, out, null);
        assertArrayEquals(new float[] {127 * 0x1p121f, -127 * 0x1p121f, 0f}, out);
        assertThrows(IllegalArgumentException.class,
                () -> bfp(8).roundRows(new float[] {Float.POSITIVE_INFINITY}, 1, 1, new float[1], null));
    }

    @Test
    void roundingInPlaceIsAllowedAndZerosStayZero() {
        float[] x = {0f, 0f, 0.75f, 0.1f};
        bfp(8).roundRows(x, 2, 2, x, null);
        // row 1: max 0.75, e = 0, step 1/128: 0.1 * 128 = 12.8 -> 13
        assertArrayEquals(new float[] {0f, 0f, 0.75f, 13f / 128}, x);
    }

    @Test
    void stochasticRoundingIsSeededAndOnTheGrid() {
        HbfpEmulatorFormat sr = new HbfpEmulatorFormat(EncodingSpec.hbfp(8, 24, 10, Rounding.STOCHASTIC));
        float[] x = new float[100], a = new float[100], b = new float[100];
        SplittableRandom data = new SplittableRandom(1);
        for (int i = 0; i < x.length; i++) x[i] = (float) data.nextGaussian();
        sr.roundTiles(x, 10, 10, 4, a, new SplittableRandom(2));
        sr.roundTiles(x, 10, 10, 4, b, new SplittableRandom(2));
        assertArrayEquals(a, b);
        for (int i = 0; i < x.length; i++) assertTrue(Math.abs(a[i] - x[i]) < 0.05, "element " + i);
        assertEquals("hbfp8-emu-sr", sr.name());
        assertThrows(NullPointerException.class, () -> sr.roundRows(x, 10, 10, a, null));
    }
}
