package org.coltrain.sim.cluster.result;

/**
 * Mean busy fractions over the accelerators of one design in the measured window, and their energy: batch and
 * segment energies from the tables and profiles plus idle power while they computed nothing.
 */
public record DesignUtilization(String design, int count, double inferenceUtilization, double trainingUtilization,
        double switchUtilization, double energyJ) {
}
