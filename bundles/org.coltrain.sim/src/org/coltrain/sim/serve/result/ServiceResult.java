package org.coltrain.sim.serve.result;

import java.util.List;

/**
 * One inference service over the measured window. Latencies are from arrival to batch completion, of requests
 * that arrived after the warm-up and completed before the end; percentiles come from an HdrHistogram with 3
 * significant digits (reported values may exceed the exact ones by at most 0.1%).
 *
 * @param requests              requests counted in the latency statistics
 * @param sloViolationRate      (requests later than the SLO + dropped requests) / (requests + dropped requests)
 * @param sloMet                violation rate at most 1 - percentile / 100, i.e. the SLO percentile is met
 * @param meanInSystem          time-average number of this service's requests waiting or in service (Little's L)
 * @param batchSizeCounts       index b-1: number of batches of size b started in the window
 * @param queueLengthTimeFractions index n: fraction of the window with n requests waiting (trailing zeros cut;
 *                              the last possible index, {@code QUEUE_LENGTH_BUCKETS}, collects all longer queues)
 * @param latencyHistogram      the latency distribution in ascending buckets (empty when nothing completed), for CDFs
 */
public record ServiceResult(String name, long requests, double arrivalRateRps, double throughputRps, double meanLatencyUs,
        double meanWaitUs, double p50Us, double p90Us, double p99Us, double p999Us, double maxUs, double sloPercentile,
        double sloUs, double latencyAtSloPercentileUs, double sloViolationRate, boolean sloMet, double meanBatch,
        double meanInSystem, List<Long> batchSizeCounts, List<Double> queueLengthTimeFractions,
        RequestAccounting accounting, List<LatencyBucket> latencyHistogram) {

    public static final int QUEUE_LENGTH_BUCKETS = 1024;

    public ServiceResult {
        batchSizeCounts = List.copyOf(batchSizeCounts);
        queueLengthTimeFractions = List.copyOf(queueLengthTimeFractions);
        latencyHistogram = List.copyOf(latencyHistogram);
    }
}
