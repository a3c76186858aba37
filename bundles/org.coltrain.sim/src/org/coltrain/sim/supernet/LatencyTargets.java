package org.coltrain.sim.supernet;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How per-query targets drift: phases that follow each other and repeat (a query belongs to the phase its arrival
 * falls in). One phase gives a stationary stream.
 */
public record LatencyTargets(List<TargetPhase> phases) {

    public LatencyTargets {
        phases = List.copyOf(phases);
        if (phases.isEmpty()) throw new IllegalArgumentException("at least one target phase is needed");
    }

    public long cycleNs() {
        long sum = 0;
        for (TargetPhase p : phases) sum += p.durationNs();
        return sum;
    }

    /** The phase a query arriving at {@code arrivalNs} belongs to. */
    public TargetPhase phaseAt(long arrivalNs) {
        long t = arrivalNs % cycleNs();
        for (TargetPhase p : phases) {
            if (t < p.durationNs()) return p;
            t -= p.durationNs();
        }
        return phases.get(phases.size() - 1);
    }

    /** A latency target uniform over the phase's range, whole ns. */
    public static long drawLatencyNs(TargetPhase p, SplittableRandom rng) {
        return p.minLatencyNs() + (long) Math.floor(rng.nextDouble() * (p.maxLatencyNs() - p.minLatencyNs() + 1));
    }

    /** The smallest latency target any phase can draw. */
    public long tightestLatencyNs() {
        long min = Long.MAX_VALUE;
        for (TargetPhase p : phases) min = Math.min(min, p.minLatencyNs());
        return min;
    }
}
