package org.coltrain.sim.serve;

import org.coltrain.sim.spec.TrainingProfile;

/**
 * A training job that runs in the accelerator's idle cycles, one non-preemptible segment at a time. Among jobs,
 * higher {@code priority} runs first; jobs of equal priority share the idle time (the one with less accumulated
 * busy time goes next).
 */
public record TrainingJobSpec(String name, TrainingProfile profile, int priority) implements java.io.Serializable {

    public TrainingJobSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("training job name must not be blank");
        for (long s : profile.segmentNs())
            if (s <= 0) throw new IllegalArgumentException("training job " + name + ": segments must last at least 1 ns");
    }

    /** Samples per second of the same job alone on a dedicated accelerator: batch / step time. */
    public double dedicatedSamplesPerS() { return profile.batch() * 1e9 / profile.stepNs(); }
}
