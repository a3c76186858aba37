package org.coltrain.sim.supernet;

/** Picks the SubNet that serves one query, seeing each SubNet's latency under the current cache. */
public sealed interface SubNetScheduler permits SushiSched, StaticSubNet {

    String name();

    /**
     * @param startNs            when the query starts on the accelerator
     * @param deadlineNs         arrival + latency target
     * @param minAccuracyPercent the query's accuracy floor (0 when it has none)
     * @param latencyNs          each SubNet's latency if served now, by SubNet index
     * @param accuracyPercent    each SubNet's accuracy, by SubNet index
     * @return the index of the SubNet to serve
     */
    int choose(long startNs, long deadlineNs, double minAccuracyPercent, long[] latencyNs, double[] accuracyPercent);
}
