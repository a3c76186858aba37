package org.coltrain.sim.cluster.result;

import java.util.List;

/**
 * One time-series bucket of a fleet run, for the day curves. Per-service lists follow the config's service order;
 * a request counts in the bucket in which it completes. Tail latencies per bucket come from 2-significant-digit
 * histograms (up to 1% above the exact value).
 *
 * @param inferenceUtilization fleet-mean fraction of the bucket spent on inference batches
 * @param trainingUtilization  fleet-mean fraction spent on training segments
 */
public record ClusterBucket(double startS, double widthS, List<Long> completed, List<Long> late, List<Double> p99Us,
        long trainingSamples, double trainingSamplesPerS, double inferenceUtilization, double trainingUtilization) {

    public ClusterBucket {
        completed = List.copyOf(completed);
        late = List.copyOf(late);
        p99Us = List.copyOf(p99Us);
    }
}
