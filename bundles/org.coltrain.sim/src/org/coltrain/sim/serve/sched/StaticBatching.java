package org.coltrain.sim.serve.sched;

/**
 * Fixed-size batching: run a batch of {@code batchSize} (capped at the service's max batch) once that many wait;
 * if the oldest request has waited {@code timeoutNs}, run whatever is queued.
 */
public record StaticBatching(int batchSize, long timeoutNs) implements Scheduler, java.io.Serializable {

    public StaticBatching {
        if (batchSize < 1) throw new IllegalArgumentException("static batch size must be at least 1, was " + batchSize);
        if (timeoutNs < 0) throw new IllegalArgumentException("batching timeout must be non-negative, was " + timeoutNs);
    }

    @Override public int batchSize(QueueView queue, ServiceTarget service, long nowNs) {
        int target = Math.min(batchSize, service.maxBatch());
        int waiting = queue.size();
        if (waiting >= target) return target;
        if (waiting > 0 && nowNs - queue.oldestArrivalNs() >= timeoutNs) return waiting;
        return 0;
    }

    @Override public long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs) {
        return queue.oldestArrivalNs() + timeoutNs;
    }

    @Override public int largestBatch(ServiceTarget service) { return Math.min(batchSize, service.maxBatch()); }

    @Override public String name() { return "static"; }
}
