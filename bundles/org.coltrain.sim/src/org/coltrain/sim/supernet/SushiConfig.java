package org.coltrain.sim.supernet;

import java.util.List;

import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * One SuperNet serving study: which SubNets exist, the accelerator and its weight cache, the query stream.
 * {@code activationsOnChip}: see {@link SubNetTiming}. Queries arriving in [warmupNs, durationNs) are measured; every query that arrives before durationNs is served.
 */
public record SushiConfig(String name, SuperNetSpec superNet, List<SubNetChoice> subNets, AcceleratorSpec accelerator,
        long cacheCapacityBytes, boolean activationsOnChip, ArrivalProcess arrivals, LatencyTargets targets, long durationNs, long warmupNs,
        long seed) {

    public SushiConfig {
        subNets = List.copyOf(subNets);
        if (cacheCapacityBytes < 0) throw new IllegalArgumentException("cache capacity must not be negative");
        if (durationNs <= 0 || warmupNs < 0 || warmupNs >= durationNs)
            throw new IllegalArgumentException("need 0 <= warmup < duration");
    }

    public SushiConfig withCacheCapacity(long bytes) {
        return new SushiConfig(name, superNet, subNets, accelerator, bytes, activationsOnChip, arrivals, targets, durationNs, warmupNs, seed);
    }

    public SushiConfig withSeed(long newSeed) {
        return new SushiConfig(name, superNet, subNets, accelerator, cacheCapacityBytes, activationsOnChip, arrivals, targets, durationNs,
                warmupNs, newSeed);
    }
}
