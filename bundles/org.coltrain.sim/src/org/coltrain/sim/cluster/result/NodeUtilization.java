package org.coltrain.sim.cluster.result;

/**
 * Busy fractions of one accelerator over the measured window. Accelerators are numbered as the config lists them,
 * design by design; {@code worker} marks the first {@code job.workers()} of them, which train.
 */
public record NodeUtilization(int index, String design, boolean worker, double inferenceUtilization,
        double trainingUtilization, double switchUtilization) {
}
