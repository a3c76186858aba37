package org.coltrain.sim.serve.sched;

import org.coltrain.sim.spec.LatencyTable;

/**
 * What a scheduler knows of one inference service: its name, its batch latencies on this accelerator, the largest
 * batch it may form, the latency every request should meet (request deadline = arrival + {@code sloLatencyNs}) and
 * its priority among the services (higher first under the default {@link Scheduler#rank}).
 */
public record ServiceTarget(String name, LatencyTable latencyTable, int maxBatch, long sloLatencyNs, int priority) {

    public ServiceTarget {
        if (maxBatch < 1 || maxBatch > latencyTable.maxBatch())
            throw new IllegalArgumentException("max batch " + maxBatch + " not in [1, " + latencyTable.maxBatch()
                    + "] (the latency table's range)");
        if (sloLatencyNs <= 0) throw new IllegalArgumentException("SLO latency must be positive");
    }

    /** Time (ns) one batch of {@code batch} requests takes, from the latency table. */
    public long batchLatencyNs(int batch) { return latencyTable.latencyNs(batch); }
}
