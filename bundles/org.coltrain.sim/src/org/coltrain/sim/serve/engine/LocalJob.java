package org.coltrain.sim.serve.engine;

import org.coltrain.sim.serve.metrics.TrainingMetrics;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * The part of a training job that one accelerator runs: its step's non-preemptible segments and where the
 * accelerator is within the step. {@code metrics} (null when the run measures the job elsewhere) counts steps
 * that end on this accelerator.
 */
public final class LocalJob {

    final int index;
    final int priority;
    final int batch;
    final long[] segmentNs;
    /** prefixNs[k]: time of the first k segments. */
    final long[] prefixNs;
    final double energyPjPerNs;
    final TrainingMetrics metrics;

    int nextSegment;
    long busyNs;
    long localSteps;

    public LocalJob(int index, int priority, TrainingProfile profile, TrainingMetrics metrics) {
        this.index = index;
        this.priority = priority;
        this.batch = profile.batch();
        this.segmentNs = profile.segmentNs();
        this.prefixNs = new long[segmentNs.length + 1];
        for (int k = 0; k < segmentNs.length; k++) prefixNs[k + 1] = prefixNs[k] + segmentNs[k];
        // A segment's energy is the step's energy pro rata to its time (the profile gives only the step total).
        this.energyPjPerNs = profile.energyPjPerStep() / profile.stepNs();
        this.metrics = metrics;
    }

    int segments() { return segmentNs.length; }

    /** Time from the start of segment {@code from} to the end of segment {@code to - 1}. */
    long spanNs(int from, int to) { return prefixNs[to] - prefixNs[from]; }

    /** The first boundary k in (from, to] at or after {@code elapsedNs} past the start of segment {@code from}. */
    int boundaryAtOrAfter(int from, int to, long elapsedNs) {
        long target = prefixNs[from] + elapsedNs;
        int lo = from + 1, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixNs[mid] >= target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    public TrainingMetrics metrics() { return metrics; }
}
