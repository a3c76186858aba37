package org.coltrain.sim.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.junit.jupiter.api.Test;

class QuantizerTest {

    @Test
    void int8ScalesEachChannelByItsLargestMagnitude() {
        // max |w| = 1.27 -> step 1.27 / 127 = 0.01; 0.004 rounds to 0 and 0.006 to one step.
        float[] w = {1.27f, -0.5f, 0.004f, 0.006f};
        float[] q = new float[4];
        new IntQuantizer(8).quantize(w, q);
        assertArrayEquals(new float[] {1.27f, -0.5f, 0f, 0.01f}, q, 1e-6f);
    }

    @Test
    void ternaryFollowsTheTwnThresholdAndMeanOfKeptWeights() {
        // mean |w| = (1 + 0.2 + 0.6 + 1.4) / 4 = 0.8; threshold 0.7 * 0.8 = 0.56; kept 1, 0.6, 1.4 -> scale 1.0.
        float[] w = {1f, -0.2f, -0.6f, 1.4f};
        float[] q = new float[4];
        new TernaryQuantizer().quantize(w, q);
        assertArrayEquals(new float[] {1f, 0f, -1f, 1f}, q, 1e-6f);
        // Squared error: 0 + 0.04 + 0.16 + 0.16 = 0.36.
        assertEquals(0.36, new TernaryQuantizer().squaredError(w), 1e-6);
    }

    @Test
    void numericsEncodingsServeAsWeightFormats() {
        float[] w = {0.1f, -0.3f, 0.7f};
        EncodingQuantizer fp32 = new EncodingQuantizer(Encodings.byName("fp32"), 1);
        assertEquals(0, fp32.squaredError(w));
        EncodingQuantizer hbfp2 = new EncodingQuantizer(Encodings.byName("hbfp2"), 1);
        assertEquals("hbfp2", hbfp2.name());
        assertEquals(true, hbfp2.squaredError(w) > 0);
    }
}
