package org.coltrain.sim.cluster;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.coltrain.sim.cluster.result.ClusterBucket;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.TimeSeries;

/**
 * Per-bucket fleet figures the serving simulator's {@link org.coltrain.sim.serve.metrics.TimeSeriesRecorder} does
 * not keep: a latency histogram per service and bucket (for p99 over the day), and inference / training busy time
 * summed over the fleet. Histograms are created on a bucket's first completion and keep 2 significant digits.
 */
final class FleetSeries {

    private final Window window;
    private final long bucketNs;
    private final int bucketCount;
    private final Histogram[][] latencyNs;
    private final long[] inferenceNs;
    private final long[] trainingNs;

    FleetSeries(Window window, int buckets, int services) {
        this.window = window;
        this.bucketNs = Math.max(1, (window.lengthNs() + buckets - 1) / buckets);
        this.bucketCount = (int) ((window.lengthNs() + bucketNs - 1) / bucketNs);
        latencyNs = new Histogram[services][bucketCount];
        inferenceNs = new long[bucketCount];
        trainingNs = new long[bucketCount];
    }

    long bucketNs() { return bucketNs; }

    /** A request completed at {@code tNs} inside the window. */
    void completion(int service, long tNs, long latency) {
        int k = (int) ((tNs - window.startNs()) / bucketNs);
        Histogram h = latencyNs[service][k];
        if (h == null) latencyNs[service][k] = h = new Histogram(2);
        h.recordValue(latency);
    }

    void inference(long fromNs, long toNs) { busy(inferenceNs, fromNs, toNs); }

    void training(long fromNs, long toNs) { busy(trainingNs, fromNs, toNs); }

    private void busy(long[] acc, long fromNs, long toNs) {
        long from = Math.max(fromNs, window.startNs());
        long to = Math.min(toNs, window.endNs());
        while (from < to) {
            int k = (int) ((from - window.startNs()) / bucketNs);
            long until = Math.min(to, window.startNs() + (k + 1) * bucketNs);
            acc[k] += until - from;
            from = until;
        }
    }

    /** Joins these figures with the serving recorder's completions, late counts and training samples. */
    List<ClusterBucket> toBuckets(TimeSeries served, int accelerators) {
        List<ClusterBucket> out = new ArrayList<>(bucketCount);
        for (int k = 0; k < bucketCount; k++) {
            TimeSeries.Bucket b = served.buckets().get(k);
            long start = window.startNs() + k * bucketNs;
            long width = Math.min(bucketNs, window.endNs() - start);
            List<Double> p99 = new ArrayList<>(latencyNs.length);
            for (Histogram[] perService : latencyNs) {
                Histogram h = perService[k];
                p99.add(h == null ? 0.0 : h.getValueAtPercentile(99) / 1e3);
            }
            double fleetNs = (double) width * accelerators;
            out.add(new ClusterBucket(start / 1e9, width / 1e9, b.completed(), b.late(), p99, b.trainingSamples(),
                    b.trainingSamples() / (width / 1e9), inferenceNs[k] / fleetNs, trainingNs[k] / fleetNs));
        }
        return out;
    }
}
