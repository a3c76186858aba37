package org.coltrain.sim.serve.sched;

/**
 * Adaptive batching that also holds inference back while the oldest request can afford it, so that co-located
 * training runs longer and batches grow (the batching side of the Equinox priority scheduler). With n waiting and
 * n below the max batch, it holds while latency(n + 1) + guard still fits in the oldest request's slack; otherwise
 * it runs the batch {@link AdaptiveBatching} would.
 *
 * <p>Safe for the oldest deadline when {@code guardNs} is at least the longest training segment plus the
 * preemption cost: the next decision comes within one guard (a segment boundary, or this policy's wake-up), and
 * by then a batch of n still fits. A smaller guard trades SLO safety for training time.
 */
public record SlackHoldingBatching(long guardNs) implements Scheduler, java.io.Serializable {

    private static final AdaptiveBatching ADAPTIVE = new AdaptiveBatching();

    public SlackHoldingBatching {
        if (guardNs < 0) throw new IllegalArgumentException("hold guard must be non-negative, was " + guardNs);
    }

    @Override public int batchSize(QueueView queue, ServiceTarget service, long nowNs) {
        int waiting = queue.size();
        if (waiting == 0) return 0;
        if (waiting < service.maxBatch() && nowNs < holdUntilNs(queue, service)) return 0;
        return ADAPTIVE.batchSize(queue, service, nowNs);
    }

    @Override public long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs) {
        return queue.size() < service.maxBatch() ? holdUntilNs(queue, service) : Long.MAX_VALUE;
    }

    /** Last instant at which holding still leaves room for a batch of n + 1 plus the guard before the deadline. */
    private long holdUntilNs(QueueView queue, ServiceTarget service) {
        int next = Math.min(queue.size() + 1, service.maxBatch());
        return queue.oldestArrivalNs() + service.sloLatencyNs() - service.latencyTable().latencyNs(next) - guardNs + 1;
    }

    @Override public String name() { return "slack-holding"; }
}
