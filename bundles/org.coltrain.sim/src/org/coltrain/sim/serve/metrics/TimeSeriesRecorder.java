package org.coltrain.sim.serve.metrics;

import java.util.ArrayList;
import java.util.List;
import org.coltrain.sim.serve.result.TimeSeries;

/** Accumulates {@link TimeSeries} buckets in primitive arrays during the run. */
public final class TimeSeriesRecorder {

    private final Window window;
    private final long bucketNs;
    private final int bucketCount;
    private final long[][] completed;
    private final long[][] late;
    private final double[][] latencySumNs;
    private final long[] trainingSamples;
    private final long[] busyNs;

    public TimeSeriesRecorder(Window window, long bucketNs, int services) {
        this.window = window;
        this.bucketNs = bucketNs;
        this.bucketCount = (int) Math.min(Integer.MAX_VALUE - 8, (window.lengthNs() + bucketNs - 1) / bucketNs);
        completed = new long[services][bucketCount];
        late = new long[services][bucketCount];
        latencySumNs = new double[services][bucketCount];
        trainingSamples = new long[bucketCount];
        busyNs = new long[bucketCount];
    }

    private int bucketOf(long tNs) { return (int) ((tNs - window.startNs()) / bucketNs); }

    /** A request of {@code service} completed at {@code tNs} (inside the window). */
    public void completion(int service, long tNs, long latencyNs, boolean isLate) {
        int k = bucketOf(tNs);
        completed[service][k]++;
        latencySumNs[service][k] += latencyNs;
        if (isLate) late[service][k]++;
    }

    public void trainingStep(long tNs, int samples) {
        if (window.contains(tNs)) trainingSamples[bucketOf(tNs)] += samples;
    }

    /** The accelerator is busy over [fromNs, toNs); the part inside the window is split across buckets. */
    public void busy(long fromNs, long toNs) {
        long from = Math.max(fromNs, window.startNs());
        long to = Math.min(toNs, window.endNs());
        while (from < to) {
            int k = bucketOf(from);
            long bucketEnd = window.startNs() + (k + 1) * bucketNs;
            long until = Math.min(to, bucketEnd);
            busyNs[k] += until - from;
            from = until;
        }
    }

    public TimeSeries toSeries(List<String> serviceNames) {
        List<TimeSeries.Bucket> buckets = new ArrayList<>(bucketCount);
        for (int k = 0; k < bucketCount; k++) {
            long start = window.startNs() + k * bucketNs;
            long width = Math.min(bucketNs, window.endNs() - start);
            List<Long> done = new ArrayList<>();
            List<Double> meanUs = new ArrayList<>();
            List<Long> lateList = new ArrayList<>();
            for (int s = 0; s < completed.length; s++) {
                done.add(completed[s][k]);
                meanUs.add(completed[s][k] == 0 ? 0.0 : latencySumNs[s][k] / completed[s][k] / 1e3);
                lateList.add(late[s][k]);
            }
            buckets.add(new TimeSeries.Bucket(start, done, meanUs, lateList, trainingSamples[k], (double) busyNs[k] / width));
        }
        return new TimeSeries(window.startNs(), bucketNs, serviceNames, buckets);
    }
}
