package org.coltrain.sim.serve.result;

/**
 * One bucket of a service's latency distribution: {@code count} requests with latency above the previous bucket's
 * bound and at most {@code upperUs}. Bounds come from HdrHistogram's percentile iteration, so they are dense in the
 * tail, where an SLO lives; cumulative counts over total requests give the CDF at each bound.
 */
public record LatencyBucket(double upperUs, long count) implements java.io.Serializable {
}
