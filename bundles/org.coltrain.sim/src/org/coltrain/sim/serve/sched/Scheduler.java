package org.coltrain.sim.serve.sched;

/**
 * An inference batching policy: asked, whenever the accelerator could start work, how large a batch of one
 * service to run now. Policies are immutable values and keep no state between calls; the simulation arbitrates
 * between services (higher priority first) and fills the remaining idle time with training.
 */
public sealed interface Scheduler permits FifoBatchOne, StaticBatching, AdaptiveBatching, SlackHoldingBatching {

    /** Batch size to start now for this service, between 1 and min(queue size, max batch); 0 to wait. */
    int batchSize(QueueView queue, ServiceTarget service, long nowNs);

    /**
     * When a waiting policy wants to be asked again although nothing arrives (a timeout), in ns;
     * {@link Long#MAX_VALUE} for none. Only called when the queue is non-empty; asked again after every arrival
     * and every batch, and only an earlier answer schedules a new wake-up.
     */
    long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs);

    /**
     * The largest batch this policy ever starts for the service. It bounds the service's throughput on its own:
     * no arrival rate above max over b up to it of b / latency(b) is stable under this policy.
     */
    default int largestBatch(ServiceTarget service) { return service.maxBatch(); }

    /** Short name for reports and the CLI. */
    String name();
}
