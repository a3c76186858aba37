package org.coltrain.sim.serve.result;

/**
 * One training job over the measured window: steps that completed in it, and their rate against the same job
 * alone on a dedicated accelerator (batch / step time).
 */
public record TrainingResult(String name, long steps, double samplesPerS, double dedicatedSamplesPerS,
        double fractionOfDedicated, double busyFraction) implements java.io.Serializable {
}
