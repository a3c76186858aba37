package org.coltrain.sim.serve.result;

import java.util.List;

/**
 * The first intervals of accelerator work from the start of the measured window, for a timeline picture. Bounded:
 * recording stops after {@code ServingConfig.traceIntervals} intervals, so {@code complete} says whether the
 * trace covers the whole window. Idle time is the gaps between intervals.
 */
public record ScheduleTrace(List<Interval> intervals, boolean complete) implements java.io.Serializable {

    public static final ScheduleTrace EMPTY = new ScheduleTrace(List.of(), true);

    public enum Kind { INFERENCE, TRAINING, SWITCH }

    public ScheduleTrace {
        intervals = List.copyOf(intervals);
    }

    /**
     * One stretch of work: an inference batch of {@code batch} requests of service {@code name}, a training segment
     * of job {@code name} (batch 0), or a context switch (name empty, batch 0). Times in ns of simulated time.
     */
    public record Interval(long startNs, long endNs, Kind kind, String name, int batch) implements java.io.Serializable {
    }
}
