package org.coltrain.sim.serve.sched;

/**
 * What a scheduler may see of its whole accelerator when it decides whether to yield to training: the time, every
 * service's queue (indices in the model's service order) and the training state.
 */
public interface AcceleratorView {

    long nowNs();

    /** Number of inference services on this accelerator. */
    int services();

    QueueView queue(int service);

    ServiceTarget service(int service);

    /** Length of the training segment that would run next (ns): the longest an arrival then waits for training. */
    long nextTrainingSegmentNs();

    /** Whether training's context is loaded, so that the next inference batch first pays {@link #switchCostNs()}. */
    boolean trainingLoaded();

    /** Time to switch from training to inference (the model's {@code preemption_cost}). */
    long switchCostNs();

    /** Time this accelerator has spent on training segments since the start of the run (warm-up included). */
    long trainingBusyNs();
}
