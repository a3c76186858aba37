package org.coltrain.sim.array;

/**
 * One design that fits the budget, with its serving figures for one network.
 *
 * @param batch1LatencyNs      latency of a single request
 * @param maxThroughputPerS    best requests per second over batch 1..maxBatch
 * @param maxThroughputBatch   the batch that reaches it
 * @param sloThroughputPerS    best requests per second with a batch latency within the SLO (0 if none meets it)
 * @param sloBatch             the batch that reaches it (0 if none)
 */
public record DesignPoint(int arrayCount, int rows, int cols, double areaMm2, double powerMw, double peakMacsPerS,
        double batch1LatencyNs, double maxThroughputPerS, int maxThroughputBatch, double sloThroughputPerS,
        int sloBatch) {
}
