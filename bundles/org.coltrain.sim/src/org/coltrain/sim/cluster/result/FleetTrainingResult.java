package org.coltrain.sim.cluster.result;

/**
 * The data-parallel job over the measured window.
 *
 * @param globalBatch          samples per step, summed over the workers' local batches
 * @param dedicatedSamplesPerS the workers' summed rate if each trained alone on a dedicated accelerator with no
 *                             communication: the ideal the fleet's idle cycles are measured against
 * @param allReduceUs          time of one gradient all-reduce (alpha-beta model)
 * @param gradientBytes        one worker's gradient on the wire, in the gradient encoding
 * @param communicationShare   fraction of the window during which the job's all-reduce occupied the network,
 *                             i.e. all-reduce time / mean step interval
 * @param meanStepUs           mean interval between step completions in the window
 */
public record FleetTrainingResult(String name, int workers, int globalBatch, long steps, double samplesPerS,
        double dedicatedSamplesPerS, double fractionOfDedicated, double allReduceUs, double gradientBytes,
        double communicationShare, double meanStepUs, String gradientEncoding, String algorithm, int stalenessBound) {
}
