package org.coltrain.sim.study;

/**
 * One co-location run: inference at {@code rateRps} with a training job in the idle cycles.
 *
 * @param fractionOfSameAccelerator training samples/s over the same job alone on this accelerator
 *                                  (the serving simulator's {@code fraction_of_dedicated})
 * @param fractionOfDedicated       training samples/s over the dedicated training accelerator's
 * @param maxTrainingDelayUs        longest wait of a ready inference batch for training to yield
 */
public record CoLocated(String service, String job, double rateRps, double throughputRps, double p99Us,
        double latencyAtSloUs, boolean sloMet, double meanBatch, double samplesPerS, double fractionOfSameAccelerator,
        double fractionOfDedicated, double inferenceUtilization, double trainingUtilization,
        double maxTrainingDelayUs) {
}
