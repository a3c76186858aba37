package org.coltrain.sim.serve.metrics;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.coltrain.sim.serve.result.LatencyBucket;
import org.coltrain.sim.serve.result.RequestAccounting;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.WindowCounts;

/** One service's measurements inside the window; every hot-path method is allocation-free. */
public final class ServiceMetrics {

    private final int index;
    private final Window window;
    private final long sloNs;
    private final TimeSeriesRecorder series;
    // Request latencies in ns, 3 significant digits, auto-resizing (allocates only on a new magnitude).
    private final Histogram latencyNs = new Histogram(3);
    private final long[] batchCounts;
    private final long[] queueLengthNs;

    private long arrived;
    private long dropped;
    private long completed;
    private long late;
    private long unfinished;
    private long unfinishedLate;
    private double latencySumNs;
    private double waitSumNs;
    private long batches;
    private long batchedRequests;
    private double inSystemAreaNs;

    private long lastLevelNs;
    private int lastQueue;
    private int lastInSystem;

    public ServiceMetrics(int index, Window window, long sloNs, int maxBatch, int queueCapacity, TimeSeriesRecorder series) {
        this.index = index;
        this.window = window;
        this.sloNs = sloNs;
        this.series = series;
        batchCounts = new long[maxBatch];
        queueLengthNs = new long[Math.min(queueCapacity, ServiceResult.QUEUE_LENGTH_BUCKETS) + 1];
    }

    /** The queue and in-system counts changed at {@code nowNs}: integrate the old levels up to now, keep the new. */
    public void level(long nowNs, int queue, int inSystem) {
        long dt = window.overlapNs(lastLevelNs, nowNs);
        if (dt > 0) {
            queueLengthNs[Math.min(lastQueue, queueLengthNs.length - 1)] += dt;
            inSystemAreaNs += (double) lastInSystem * dt;
        }
        lastLevelNs = nowNs;
        lastQueue = queue;
        lastInSystem = inSystem;
    }

    public void arrival(long nowNs, boolean accepted) {
        if (!window.contains(nowNs)) return;
        arrived++;
        if (!accepted) dropped++;
    }

    public void batchStarted(long nowNs, int size) {
        if (!window.contains(nowNs)) return;
        batches++;
        batchedRequests += size;
        batchCounts[size - 1]++;
    }

    /** A request that arrived at {@code arrivalNs} and started service at {@code startNs} completed now. */
    public void completion(long nowNs, long arrivalNs, long startNs) {
        if (arrivalNs < window.startNs() || nowNs >= window.endNs()) return;
        long latency = nowNs - arrivalNs;
        boolean isLate = latency > sloNs;
        completed++;
        if (isLate) late++;
        latencySumNs += latency;
        waitSumNs += startNs - arrivalNs;
        latencyNs.recordValue(latency);
        series.completion(index, nowNs, latency, isLate);
    }

    /**
     * A request that arrived at {@code arrivalNs} was still waiting or in service when the run ended; call once
     * for each, after the last event. Counted only when it arrived inside the window.
     */
    public void unfinished(long arrivalNs) {
        if (!window.contains(arrivalNs)) return;
        unfinished++;
        if (window.endNs() - arrivalNs > sloNs) unfinishedLate++;
    }

    public ServiceResult toResult(String name, double sloPercentile, RequestAccounting accounting) {
        double seconds = window.lengthS();
        WindowCounts counts = new WindowCounts(arrived, completed, late, dropped, unfinished, unfinishedLate);
        double violationRate = counts.violationRate();
        boolean sloMet = !counts.overloaded() && violationRate <= 1 - sloPercentile / 100;
        List<Long> batchList = new ArrayList<>(batchCounts.length);
        for (long c : batchCounts) batchList.add(c);
        int lastQueueBucket = queueLengthNs.length - 1;
        while (lastQueueBucket > 0 && queueLengthNs[lastQueueBucket] == 0) lastQueueBucket--;
        List<Double> queueList = new ArrayList<>(lastQueueBucket + 1);
        for (int n = 0; n <= lastQueueBucket; n++) queueList.add((double) queueLengthNs[n] / window.lengthNs());
        return new ServiceResult(name, counts, arrived / seconds, completed / seconds,
                mean(latencySumNs, completed) / 1e3, mean(waitSumNs, completed) / 1e3, percentileUs(50), percentileUs(90),
                percentileUs(99), percentileUs(99.9), completed == 0 ? 0.0 : latencyNs.getMaxValue() / 1e3,
                sloPercentile, sloNs / 1e3, percentileUs(sloPercentile), violationRate,
                sloMet, batches == 0 ? 0.0 : (double) batchedRequests / batches,
                inSystemAreaNs / window.lengthNs(), batchList, queueList, accounting, latencyBuckets());
    }

    /** Percentile iteration with 5 steps per halving of the remaining tail: about 5 log2(n) buckets, dense near 100%. */
    private List<LatencyBucket> latencyBuckets() {
        List<LatencyBucket> buckets = new ArrayList<>();
        if (completed == 0) return buckets;
        for (HistogramIterationValue v : latencyNs.percentiles(5)) {
            long added = v.getCountAddedInThisIterationStep();
            if (added > 0) buckets.add(new LatencyBucket(v.getValueIteratedTo() / 1e3, added));
        }
        return buckets;
    }

    private double percentileUs(double p) {
        return completed == 0 ? 0.0 : latencyNs.getValueAtPercentile(p) / 1e3;
    }

    private static double mean(double sum, long n) { return n == 0 ? 0.0 : sum / n; }
}
