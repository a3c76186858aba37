package org.coltrain.sim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coltrain.sim.dse.ResultCache;

/**
 * {@link CapacitySearch#maxRate} through a {@link ResultCache}: the key is the hash of everything the search
 * depends on (the service's latency table, scheduler, max batch, SLO, search settings, training jobs) and the
 * simulator's {@link SimulatorFingerprint}; the accelerator and network names are only in the description.
 */
public final class CapacityMemo {

    /** Values of a cached capacity: max rate, bracket top, saturation, latency at the SLO, p99, mean batch, probes. */
    private static final int VALUES = 7;
    private static final Pattern REQUESTS_PER_PROBE = Pattern.compile("(\\d+) requests/probe");

    private final ResultCache cache;

    public CapacityMemo(ResultCache cache) {
        this.cache = cache;
    }

    public ResultCache cache() { return cache; }

    /**
     * The keys of the {@code n} cached capacities that took the fewest simulated requests to measure (probes x
     * requests per probe; ties by key), among those that needed at least one probe: the cheapest entries to
     * recompute when checking that a cache still holds what the simulator computes.
     */
    public static List<String> cheapestCapacities(ResultCache cache, int n) {
        record Cost(String key, double requests) {
        }
        List<Cost> costs = new ArrayList<>();
        for (Map.Entry<String, ResultCache.Entry> e : cache.entries().entrySet()) {
            Matcher m = REQUESTS_PER_PROBE.matcher(e.getValue().description());
            double[] v = e.getValue().values();
            if (v.length == VALUES && v[6] > 0 && m.find())
                costs.add(new Cost(e.getKey(), v[6] * Double.parseDouble(m.group(1))));
        }
        costs.sort(Comparator.comparingDouble(Cost::requests).thenComparing(Cost::key));
        return costs.stream().limit(n).map(Cost::key).toList();
    }

    public Capacity maxRate(ServiceUnderTest s, SearchSettings settings) {
        String inputs = "capacity;v1;sim=" + SimulatorFingerprint.value() + ";latency_ns="
                + Arrays.toString(s.table().latencyNs()) + ";scheduler=" + s.scheduler() + ";max_batch=" + s.maxBatch()
                + ";percentile=" + s.sloPercentile() + ";slo_ns=" + s.sloLatencyNs() + ";settings=" + settings
                + ";training=" + s.training();
        String description = s.table().network() + " on " + s.table().accelerator() + ", " + s.scheduler().name()
                + ", p" + s.sloPercentile() + " " + s.sloLatencyNs() / 1000 + " us, " + settings.requestsPerProbe()
                + " requests/probe";  // REQUESTS_PER_PROBE reads it back
        double[] v = cache.get(ResultCache.key(inputs), description, () -> {
            Capacity c = CapacitySearch.maxRate(s, settings);
            return new double[] {c.maxRateRps(), c.upperRateRps(), c.saturationRps(), c.latencyAtSloUs(), c.p99Us(),
                    c.meanBatch(), c.probes()};
        });
        return new Capacity(s.name(), s.scheduler().name(), s.sloPercentile(), s.sloLatencyNs() / 1e3, v[0], v[1],
                v[2], v[3], v[4], v[5], (int) v[6]);
    }
}
