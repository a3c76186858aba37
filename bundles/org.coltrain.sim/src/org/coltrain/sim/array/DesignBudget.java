package org.coltrain.sim.array;

/** The envelope a design must fit: silicon area and peak on-chip power. */
public record DesignBudget(double areaMm2, double powerMw) {

    public DesignBudget {
        if (!(areaMm2 > 0) || !(powerMw > 0)) throw new IllegalArgumentException("budgets must be positive");
    }
}
