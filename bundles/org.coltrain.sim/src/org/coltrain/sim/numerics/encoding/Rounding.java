package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/** Rounding of a scaled value to an integer, shared by the integer formats (fixed point, HBFP mantissas). */
final class Rounding {

    private Rounding() {}

    /**
     * Nearest, ties to even ({@code rng == null}, like {@code torch.round} in HBFPEmulator), or stochastic: up with
     * probability equal to the fraction (Gupta et al., "Deep learning with limited numerical precision", ICML 2015).
     */
    static double toInteger(double scaled, SplittableRandom rng) {
        if (rng == null) return Math.rint(scaled);
        double floor = Math.floor(scaled);
        return rng.nextDouble() < scaled - floor ? floor + 1 : floor;
    }

    /** The stream to draw from: null for nearest rounding; fails early when stochastic rounding has none. */
    static SplittableRandom streamFor(EncodingSpec spec, SplittableRandom rng) {
        if (spec.rounding() == EncodingSpec.Rounding.NEAREST) return null;
        if (rng == null) throw new NullPointerException("stochastic rounding needs a random stream");
        return rng;
    }
}
