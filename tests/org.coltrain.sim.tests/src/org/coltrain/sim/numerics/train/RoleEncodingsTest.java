package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.gemm.Gemms;
import org.junit.jupiter.api.Test;

class RoleEncodingsTest {

    private final Encoding fp32 = Encodings.byName("fp32"), hbfp4 = Encodings.byName("hbfp4");

    @Test
    void theForwardProductQuantizesOnlyTheRolesGivenAnEncoding() {
        // weights in hbfp4, activations and gradients in FP32: y = x * q(W) + b with b = 0 at initialisation
        RoleEncodings roles = new RoleEncodings(hbfp4, fp32, fp32);
        Dense dense = new Dense(30, 5, roles, new SplittableRandom(1));
        float[] x = new float[2 * 30];
        SplittableRandom data = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) x[i] = (float) data.nextGaussian();
        float[] expected = new float[2 * 5];
        Gemms.of(fp32, hbfp4).multiply(x, dense.parameters().get(0).values(), expected, 2, 5, 30, null);
        float[] actual = dense.forward(x, 2, null);
        assertArrayEquals(expected, java.util.Arrays.copyOf(actual, 10));
        assertEquals("w=hbfp4,a=fp32,g=fp32", roles.label());
        assertEquals("hbfp4", RoleEncodings.uniform(hbfp4).label());
    }
}
