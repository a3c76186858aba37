package org.coltrain.sim.numerics.train;

import java.util.SplittableRandom;

/** Weight initialisation. */
final class Initialisation {

    private Initialisation() {}

    /**
     * He (Kaiming) uniform, U(-sqrt(6 / fanIn), +sqrt(6 / fanIn)): keeps the activation variance through ReLU
     * layers (He et al., ICCV 2015, section 2.2).
     */
    static void heUniform(float[] w, int fanIn, SplittableRandom rng) {
        double limit = StrictMath.sqrt(6.0 / fanIn);
        for (int i = 0; i < w.length; i++) w[i] = (float) ((2 * rng.nextDouble() - 1) * limit);
    }
}
