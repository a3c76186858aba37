package org.coltrain.sim.cluster;

import org.coltrain.sim.serve.engine.RequestQueue;
import org.coltrain.sim.serve.sched.ServiceTarget;

/** The mutable run-time state of one accelerator of the fleet. */
final class Node {

    enum Work { IDLE, INFERENCE, TRAINING, SWITCH }

    final int index;
    final AcceleratorDesign design;
    final int designIndex;
    final ServiceTarget[] targets;
    final RequestQueue[] queues;
    final int[] inService;
    final long[] pendingWakeNs;
    final long[] batchArrivalNs;
    /** prefixNs[k]: time of the first k training segments; null when the node does not train. */
    final long[] prefixNs;
    final boolean worker;

    Work running = Work.IDLE;
    long workEndNs = -1;
    int batchService;
    int batchSize;
    long batchStartNs;
    boolean trainingLoaded;

    int nextSegment;
    int chunkStartSegment;
    long chunkStartNs;
    boolean interrupted;
    int chunkStopSegment;
    long localSteps;

    long inferenceNs;
    long trainingNs;
    long switchNs;

    Node(int index, AcceleratorDesign design, int designIndex, ServiceTarget[] targets, int queueCapacity, int largestBatch,
            boolean worker) {
        this.index = index;
        this.design = design;
        this.designIndex = designIndex;
        this.targets = targets;
        int s = targets.length;
        this.queues = new RequestQueue[s];
        for (int i = 0; i < s; i++) queues[i] = new RequestQueue(queueCapacity);
        this.inService = new int[s];
        this.pendingWakeNs = new long[s];
        java.util.Arrays.fill(pendingWakeNs, Long.MAX_VALUE);
        this.batchArrivalNs = new long[largestBatch];
        this.worker = worker;
        if (worker) {
            long[] seg = design.training().segmentNs();
            prefixNs = new long[seg.length + 1];
            for (int k = 0; k < seg.length; k++) prefixNs[k + 1] = prefixNs[k] + seg[k];
        } else {
            prefixNs = null;
        }
    }

    int segments() { return prefixNs.length - 1; }

    /**
     * The first segment boundary k in (chunkStartSegment, segments] at or after {@code nowNs} in the running
     * training chunk: where the non-preemptible segment in progress ends.
     */
    int boundaryAtOrAfter(long nowNs) {
        long target = prefixNs[chunkStartSegment] + (nowNs - chunkStartNs);
        int lo = chunkStartSegment + 1, hi = segments();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixNs[mid] >= target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    long boundaryTimeNs(int k) { return chunkStartNs + prefixNs[k] - prefixNs[chunkStartSegment]; }
}
