package org.coltrain.sim.serve.sched;

/**
 * An inference batching policy of one accelerator: the public extension point for user-written policies (the DSL's
 * {@code scheduler custom "org.acme.MyPolicy" { ... }}); the built-ins implement it too.
 *
 * <p>What a policy sees: each service's waiting requests ({@link QueueView}: arrival times and deadlines, oldest
 * first), the service itself ({@link ServiceTarget}: its batch latency table, max batch, SLO and priority), the
 * simulated time, and for the training decision the whole accelerator ({@link AcceleratorView}: every queue, and
 * the training state). What it decides: the batch size to start now ({@link #batchSize}), when to be asked again
 * although nothing arrives ({@link #wakeUpNs}), which service is offered the accelerator first ({@link #rank}), and
 * whether the free accelerator yields to training ({@link #mayTrain}).
 *
 * <p>When the engine asks (and only then; it never polls): at an arrival, at a wake-up time this policy named, and
 * whenever the accelerator becomes free (a batch, a context switch or a training step ended, or training stopped
 * at a segment boundary for inference). While training runs, an arrival or wake-up at which {@link #batchSize}
 * answers more than 0 makes training stop at the end of the segment in progress. So an answer that changes with
 * time alone must be announced by {@link #wakeUpNs}, and an answer of "ready" must stay "ready" while nothing
 * leaves the queue (the contract tests check both for every policy).
 *
 * <p>Policies are values: the same question gets the same answer, and a policy keeps no state between calls (the
 * engine may ask more than once at one instant). A user policy is a public class with a public constructor that
 * takes {@link SchedulerSettings} (the model's settings for it).
 */
public interface Scheduler {

    /** Batch size to start now for this service, between 1 and min(queue size, max batch); 0 to wait. */
    int batchSize(QueueView queue, ServiceTarget service, long nowNs);

    /**
     * When a waiting policy wants to be asked again although nothing arrives (a timeout), in ns;
     * {@link Long#MAX_VALUE} for none. Only called when the queue is non-empty; asked again after every arrival
     * and every batch, and only an earlier answer schedules a new wake-up.
     */
    long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs);

    /**
     * Order in which services with waiting requests are offered the free accelerator: ascending rank, ties in the
     * model's service order; the first with a batch size above 0 runs. The default serves higher priority first.
     */
    default long rank(QueueView queue, ServiceTarget service, long nowNs) { return -service.priority(); }

    /**
     * Whether the free accelerator, with no batch to start, may start (or resume) a training step now; false keeps
     * it idle until the next arrival or wake-up. Asked only when training has work. The default always trains.
     */
    default boolean mayTrain(AcceleratorView accelerator) { return true; }

    /**
     * The largest batch this policy ever starts for the service. It bounds the service's throughput on its own:
     * no arrival rate above max over b up to it of b / latency(b) is stable under this policy.
     */
    default int largestBatch(ServiceTarget service) { return service.maxBatch(); }

    /** Short name for reports and the CLI. */
    String name();
}
