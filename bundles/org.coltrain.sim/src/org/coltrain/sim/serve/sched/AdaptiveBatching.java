package org.coltrain.sim.serve.sched;

/**
 * Equinox adaptive batching (Equinox, MICRO 2021): whenever the accelerator is free, run the largest batch
 * b <= min(queue length, max batch) whose latency from the table still meets the oldest request's deadline,
 * latency(b) <= arrival + SLO - now. Under light load that is the whole (short) queue, under heavy load the batch
 * grows toward the table's most efficient size. Work-conserving: it never waits for a batch to fill.
 *
 * <p>When even a batch of 1 would miss the oldest deadline the request is late whatever we do; the policy then
 * runs the largest batch allowed, which drains the backlog fastest and so limits how many later requests are late.
 */
public record AdaptiveBatching() implements Scheduler, java.io.Serializable {

    @Override public int batchSize(QueueView queue, ServiceTarget service, long nowNs) {
        int limit = Math.min(queue.size(), service.maxBatch());
        if (limit == 0) return 0;
        long slackNs = queue.oldestArrivalNs() + service.sloLatencyNs() - nowNs;
        // Scan down from the largest candidate: the first fit is the largest, monotone table or not.
        for (int b = limit; b >= 1; b--) {
            if (service.latencyTable().latencyNs(b) <= slackNs) return b;
        }
        return limit;
    }

    @Override public long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs) { return Long.MAX_VALUE; }

    @Override public String name() { return "adaptive"; }
}
