package org.coltrain.sim.supernet;

/**
 * A stretch of the query stream: for {@code durationNs}, each query's latency target is uniform in
 * [minLatencyNs, maxLatencyNs] and its accuracy floor is {@code minAccuracyPercent} (0 for none).
 */
public record TargetPhase(long durationNs, long minLatencyNs, long maxLatencyNs, double minAccuracyPercent) {

    public TargetPhase {
        if (durationNs <= 0) throw new IllegalArgumentException("phase duration must be positive");
        if (minLatencyNs <= 0 || maxLatencyNs < minLatencyNs)
            throw new IllegalArgumentException("latency target range must be positive and ordered");
        if (!(minAccuracyPercent >= 0 && minAccuracyPercent <= 100))
            throw new IllegalArgumentException("accuracy floor " + minAccuracyPercent + " % not in [0, 100]");
    }
}
