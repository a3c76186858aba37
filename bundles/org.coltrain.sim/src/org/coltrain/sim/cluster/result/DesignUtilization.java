package org.coltrain.sim.cluster.result;

/** Mean busy fractions over the accelerators of one design in the measured window. */
public record DesignUtilization(String design, int count, double inferenceUtilization, double trainingUtilization,
        double switchUtilization) {
}
