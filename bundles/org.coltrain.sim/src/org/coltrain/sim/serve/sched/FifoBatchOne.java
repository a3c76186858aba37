package org.coltrain.sim.serve.sched;

/** Serve requests one at a time in arrival order as soon as the accelerator is free: the latency-optimal baseline. */
public record FifoBatchOne() implements Scheduler, java.io.Serializable {

    @Override public int batchSize(QueueView queue, ServiceTarget service, long nowNs) {
        return queue.size() > 0 ? 1 : 0;
    }

    @Override public long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs) { return Long.MAX_VALUE; }

    @Override public int largestBatch(ServiceTarget service) { return 1; }

    @Override public String name() { return "fifo"; }
}
