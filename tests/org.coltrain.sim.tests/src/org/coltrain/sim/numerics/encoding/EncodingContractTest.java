package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every encoding promises, run over every implementation and both rounding modes. */
class EncodingContractTest {

    private static float[] gaussian(long seed, int n, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (rng.nextGaussian() * scale);
        return x;
    }

    private static float[] quantize(Encoding enc, float[] x, long seed) {
        float[] out = new float[x.length];
        enc.quantize(x, 0, x.length, out, 0, new SplittableRandom(seed));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16", "fp16", "fixed8", "fixed16", "hbfp8", "hbfp6", "hbfp4", "hbfp12"})
    void nearestRoundingIsIdempotentSignSymmetricAndKeepsZero(String name) {
        Encoding enc = Encodings.byName(name);
        float[] x = gaussian(1, 500, 0.5);
        float[] once = quantize(enc, x, 0);
        assertArrayEquals(once, quantize(enc, once, 0), "idempotent");
        float[] negated = new float[x.length];
        for (int i = 0; i < x.length; i++) negated[i] = -x[i];
        float[] qn = quantize(enc, negated, 0);
        for (int i = 0; i < x.length; i++) assertEquals(-once[i], qn[i], 0f, "sign symmetric at " + i);
        assertArrayEquals(new float[7], quantize(enc, new float[7], 0), "zero stays zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16-sr", "fp16-sr", "fixed8-sr", "hbfp8-sr", "hbfp4-sr"})
    void stochasticRoundingRepeatsWithTheSeedAndVariesWithout(String name) {
        Encoding enc = Encodings.byName(name);
        float[] x = gaussian(2, 500, 0.5);
        assertArrayEquals(quantize(enc, x, 11), quantize(enc, x, 11));
        assertNotEquals(java.util.Arrays.toString(quantize(enc, x, 11)), java.util.Arrays.toString(quantize(enc, x, 12)));
        assertThrows(NullPointerException.class, () -> enc.quantize(x, 0, 1, new float[1], 0, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16", "fp16", "fixed8", "hbfp8", "hbfp4"})
    void theNameRoundTripsThroughTheSpec(String name) {
        assertEquals(name, Encodings.byName(name).name());
    }
}
