package org.coltrain.sim.serve.result;

import java.util.List;

/**
 * Fixed-width buckets over the measured window, for plots. Per-service lists are in the order of
 * {@code services}. A request counts in the bucket in which it completes.
 */
public record TimeSeries(long startNs, long bucketNs, List<String> services, List<Bucket> buckets) implements java.io.Serializable {

    public TimeSeries {
        services = List.copyOf(services);
        buckets = List.copyOf(buckets);
    }

    /** One bucket: completions, mean latency and late requests per service; training samples; busy fraction. */
    public record Bucket(long startNs, List<Long> completed, List<Double> meanLatencyUs, List<Long> late,
            long trainingSamples, double utilization) implements java.io.Serializable {
        public Bucket {
            completed = List.copyOf(completed);
            meanLatencyUs = List.copyOf(meanLatencyUs);
            late = List.copyOf(late);
        }
    }
}
