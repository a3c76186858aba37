package org.coltrain.sim.mapping;

/**
 * Average power of a two-accelerator system by which accelerators are busy (DIANA, from ODiMO: 24.96 mW digital
 * only, 28.74 mW analog only, 42.39 mW both). Energy is power times time per phase.
 */
public record PowerModel(double firstOnlyMw, double secondOnlyMw, double bothMw) {

    public PowerModel {
        if (firstOnlyMw < 0 || secondOnlyMw < 0 || bothMw < 0)
            throw new IllegalArgumentException("power must not be negative");
    }

    public static PowerModel diana() {
        return new PowerModel(24.96, 28.74, 42.39);
    }

    /**
     * Energy of a layer whose parts take {@code firstNs} and {@code secondNs}, started together: both run for the
     * shorter time, then the longer one runs alone (ODiMO's energy model). 1 mW for 1 ns is 1 pJ.
     */
    public double energyPj(double firstNs, double secondNs) {
        double both = Math.min(firstNs, secondNs);
        return bothMw * both + firstOnlyMw * (firstNs - both) + secondOnlyMw * (secondNs - both);
    }
}
