package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.encoding.HbfpEmulatorFormat;
import org.coltrain.sim.numerics.gemm.Gemms;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

/** HBFPEmulator's semantics inside a dense layer: what is rounded where, and what the optimiser's copies hold. */
class HbfpEmulatorNumericsTest {

    private static final HbfpEmulatorNumerics EMU = HbfpEmulatorNumerics.of(8, Rounding.NEAREST);
    private static final HbfpEmulatorFormat NARROW =
            new HbfpEmulatorFormat(EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST));
    private static final HbfpEmulatorFormat WIDE = new HbfpEmulatorFormat(EncodingSpec.hbfp(16, 24, 10, Rounding.NEAREST));

    private static float[] gaussian(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (rng.nextGaussian() * Math.scalb(1.0, (i % 7) - 3));
        return x;
    }

    @Test
    void theForwardRoundsEachSampleAndEachOutputChannelThenMultipliesInFp32() {
        Dense dense = new Dense(30, 5, EMU, new SplittableRandom(1));
        EMU.prepare(dense.parameters(), null);
        float[] x = gaussian(2, 3 * 30);
        float[] w = dense.parameters().get(0).compute();
        float[] xq = new float[x.length], wq = new float[w.length], expected = new float[15];
        NARROW.roundRows(x, 3, 30, xq, null);
        NARROW.roundColumns(w, 30, 5, wq, null);
        Gemms.of(Encodings.byName("fp32")).multiply(xq, wq, expected, 3, 5, 30, null);
        assertArrayEquals(expected, Arrays.copyOf(dense.forward(x, 3, null), 15));
    }

    @Test
    void afterAStepTheMasterIsWideAndTheComputeCopyNarrowBothIn24Tiles() {
        Dense dense = new Dense(50, 30, EMU, new SplittableRandom(1));
        List<Parameter> params = dense.parameters();
        Parameter w = params.get(0);
        float[] initial = w.values().clone();
        EMU.prepare(params, null);
        assertNotSame(w.values(), w.compute());
        assertArrayEquals(initial, w.compute(), "the first forward sees the initial weights");
        float[] wide = new float[initial.length];
        WIDE.roundTiles(initial, 50, 30, 24, wide, null);
        assertArrayEquals(wide, w.values(), "the master starts as the wide tiled rounding");
        float[] updated = gaussian(3, initial.length);
        System.arraycopy(updated, 0, w.values(), 0, updated.length);
        EMU.afterStep(params, null);
        float[] narrow = new float[updated.length];
        NARROW.roundTiles(updated, 50, 30, 24, narrow, null);
        WIDE.roundTiles(updated, 50, 30, 24, wide, null);
        assertArrayEquals(narrow, w.compute());
        assertArrayEquals(wide, w.values());
        assertFalse(Arrays.equals(narrow, wide), "7 and 15 mantissa bits differ");
    }

    @Test
    void dotProductBlockNumericsComputeWithTheMasterItself() {
        RoleEncodings hbfp8 = RoleEncodings.uniform(Encodings.byName("hbfp8"));
        Dense dense = new Dense(10, 4, hbfp8, new SplittableRandom(1));
        hbfp8.prepare(dense.parameters(), null);
        Parameter w = dense.parameters().get(0);
        assertSame(w.values(), w.compute());
    }
}
