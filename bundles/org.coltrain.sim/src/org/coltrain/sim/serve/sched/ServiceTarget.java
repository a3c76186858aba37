package org.coltrain.sim.serve.sched;

import org.coltrain.sim.spec.LatencyTable;

/**
 * What a scheduler needs to know of one inference service: its batch latencies, the largest batch it may form,
 * and the latency every request should meet (request deadline = arrival + {@code sloLatencyNs}).
 */
public record ServiceTarget(LatencyTable latencyTable, int maxBatch, long sloLatencyNs) {

    public ServiceTarget {
        if (maxBatch < 1 || maxBatch > latencyTable.maxBatch())
            throw new IllegalArgumentException("max batch " + maxBatch + " not in [1, " + latencyTable.maxBatch()
                    + "] (the latency table's range)");
        if (sloLatencyNs <= 0) throw new IllegalArgumentException("SLO latency must be positive");
    }
}
