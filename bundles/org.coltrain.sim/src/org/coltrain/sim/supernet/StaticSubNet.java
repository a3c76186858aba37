package org.coltrain.sim.supernet;

/** Baseline: one SubNet serves every query, whatever its target (a conventional single-model deployment). */
public record StaticSubNet(int subNet) implements SubNetScheduler {

    @Override public String name() { return "static"; }

    @Override public int choose(long startNs, long deadlineNs, double minAccuracyPercent, long[] latencyNs,
            double[] accuracyPercent) {
        return subNet;
    }
}
