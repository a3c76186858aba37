package org.coltrain.sim.serve.result;

import java.util.List;

/**
 * One inference service over the measured window. Latencies are from arrival to batch completion, of requests
 * that arrived after the warm-up and completed before the end ({@code counts.completed()} of them); percentiles
 * come from an HdrHistogram with 3 significant digits (reported values may exceed the exact ones by at most 0.1%).
 * Requests unfinished at the end are not in the latency statistics but are in {@code counts} and in the SLO
 * verdict: the percentiles of an overloaded run describe only the requests it managed to finish.
 *
 * @param counts                every arrival of the window: completed, late, dropped, unfinished, overloaded
 * @param sloViolationRate      {@link WindowCounts#violationRate()}: (late + dropped + unfinished older than the SLO)
 *                              over the window's arrivals
 * @param sloMet                not overloaded, and violation rate at most 1 - percentile / 100
 * @param meanInSystem          time-average number of this service's requests waiting or in service (Little's L)
 * @param batchSizeCounts       index b-1: number of batches of size b started in the window
 * @param queueLengthTimeFractions index n: fraction of the window with n requests waiting (trailing zeros cut;
 *                              the last possible index, {@code QUEUE_LENGTH_BUCKETS}, collects all longer queues)
 * @param latencyHistogram      the latency distribution in ascending buckets (empty when nothing completed), for CDFs
 */
public record ServiceResult(String name, WindowCounts counts, double arrivalRateRps, double throughputRps, double meanLatencyUs,
        double meanWaitUs, double p50Us, double p90Us, double p99Us, double p999Us, double maxUs, double sloPercentile,
        double sloUs, double latencyAtSloPercentileUs, double sloViolationRate, boolean sloMet, double meanBatch,
        double meanInSystem, List<Long> batchSizeCounts, List<Double> queueLengthTimeFractions,
        RequestAccounting accounting, List<LatencyBucket> latencyHistogram) implements java.io.Serializable {

    public static final int QUEUE_LENGTH_BUCKETS = 1024;

    /** Requests in the latency statistics: those of the window that completed in it. */
    public long completed() { return counts.completed(); }

    /** The queue grew without bound: see {@link WindowCounts#overloaded()}. */
    public boolean overloaded() { return counts.overloaded(); }

    public ServiceResult {
        batchSizeCounts = List.copyOf(batchSizeCounts);
        queueLengthTimeFractions = List.copyOf(queueLengthTimeFractions);
        latencyHistogram = List.copyOf(latencyHistogram);
    }
}
