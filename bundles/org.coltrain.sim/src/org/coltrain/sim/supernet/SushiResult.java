package org.coltrain.sim.supernet;

import java.util.List;

/**
 * The measured outcome of one policy on one query stream (queries arriving after the warm-up).
 *
 * @param targetMetFraction      queries that finished within their latency target
 * @param feasibleMetFraction    of the queries some SubNet could have served in time from their start, those that were
 * @param accuracyFloorMetFraction queries served by a SubNet at or above their accuracy floor
 * @param servedAccuracyPercent  mean accuracy of the SubNets that served the queries
 * @param offChipWeightBytesPerQuery weight bytes read from DRAM per query (cache fills included)
 * @param offChipActivationBytesPerQuery activation bytes to and from DRAM per query
 * @param offChipEnergyUjPerQuery all DRAM bytes per query times the DRAM energy per byte
 * @param weightHitRate          weight bytes read from the cache / weight bytes the served SubNets read
 * @param meanCachedBytes        mean bytes held by the cache after each query
 * @param servedPerSubNet        queries served by each SubNet, in SubNet order
 */
public record SushiResult(String policy, String staticSubNet, long queries, double meanLatencyUs, double p50LatencyUs,
        double p90LatencyUs, double p99LatencyUs, double targetMetFraction, double feasibleMetFraction,
        double accuracyFloorMetFraction, double servedAccuracyPercent, double offChipWeightBytesPerQuery,
        double offChipActivationBytesPerQuery, double cacheFillBytesPerQuery, double offChipEnergyUjPerQuery,
        double weightHitRate, double meanCachedBytes, long cacheCapacityBytes, List<String> subNets,
        List<Long> servedPerSubNet) {

    public SushiResult {
        subNets = List.copyOf(subNets);
        servedPerSubNet = List.copyOf(servedPerSubNet);
    }
}
