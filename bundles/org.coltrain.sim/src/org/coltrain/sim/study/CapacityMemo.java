package org.coltrain.sim.study;

import java.util.Arrays;

import org.coltrain.sim.dse.ResultCache;

/**
 * {@link CapacitySearch#maxRate} through a {@link ResultCache}: the key is the hash of everything the search
 * depends on (the service's latency table, scheduler, max batch, SLO, search settings, training jobs) and the
 * simulator's {@link SimulatorFingerprint}; the accelerator and network names are only in the description.
 */
public final class CapacityMemo {

    private final ResultCache cache;

    public CapacityMemo(ResultCache cache) {
        this.cache = cache;
    }

    public ResultCache cache() { return cache; }

    public Capacity maxRate(ServiceUnderTest s, SearchSettings settings) {
        String inputs = "capacity;v1;sim=" + SimulatorFingerprint.value() + ";latency_ns="
                + Arrays.toString(s.table().latencyNs()) + ";scheduler=" + s.scheduler() + ";max_batch=" + s.maxBatch()
                + ";percentile=" + s.sloPercentile() + ";slo_ns=" + s.sloLatencyNs() + ";settings=" + settings
                + ";training=" + s.training();
        String description = s.table().network() + " on " + s.table().accelerator() + ", " + s.scheduler().name()
                + ", p" + s.sloPercentile() + " " + s.sloLatencyNs() / 1000 + " us, " + settings.requestsPerProbe()
                + " requests/probe";
        double[] v = cache.get(ResultCache.key(inputs), description, () -> {
            Capacity c = CapacitySearch.maxRate(s, settings);
            return new double[] {c.maxRateRps(), c.upperRateRps(), c.saturationRps(), c.latencyAtSloUs(), c.p99Us(),
                    c.meanBatch(), c.probes()};
        });
        return new Capacity(s.name(), s.scheduler().name(), s.sloPercentile(), s.sloLatencyNs() / 1e3, v[0], v[1],
                v[2], v[3], v[4], v[5], (int) v[6]);
    }
}
