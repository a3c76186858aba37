package org.coltrain.sim.serve;

/** Told how far a run has got, about every 1% of simulated time; e.g. the CLI's progress bar. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (simulatedNs, durationNs) -> {};

    void progress(long simulatedNs, long durationNs);
}
