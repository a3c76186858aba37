package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/**
 * Latency-aware balancing: probe {@code candidates} random accelerators and send the request where its estimated
 * latency ({@link FleetView#estimatedLatencyNs}) is least. The estimate reads each node's batch state (the end of
 * its running batch or training segment, its queue, its own table, so a faster design attracts more work) where
 * queue counts alone cannot. When even the best probe leaves no SLO slack (estimate above the SLO) the whole
 * fleet is searched, so a request is late only if no accelerator can meet its deadline by this estimate.
 *
 * <p>Simplification: the estimate ignores higher-priority services' queues on the node and future arrivals.
 */
public record LatencyAwareBalancer(int candidates) implements LoadBalancer {

    public static final int DEFAULT_CANDIDATES = 2;

    public LatencyAwareBalancer {
        if (candidates < 1) throw new IllegalArgumentException("latency-aware balancing needs at least one candidate");
    }

    @Override public Router open(FleetView fleet, SplittableRandom rng) {
        int n = fleet.accelerators();
        return (service, nowNs) -> {
            if (candidates >= n) return bestOfAll(fleet, service, nowNs, n);
            int best = rng.nextInt(n);
            long bestNs = fleet.estimatedLatencyNs(best, service, nowNs);
            for (int i = 1; i < candidates; i++) {
                int node = rng.nextInt(n);
                long ns = fleet.estimatedLatencyNs(node, service, nowNs);
                if (ns < bestNs) {
                    best = node;
                    bestNs = ns;
                }
            }
            if (bestNs <= fleet.sloLatencyNs(service)) return best;
            return bestOfAll(fleet, service, nowNs, n);
        };
    }

    private static int bestOfAll(FleetView fleet, int service, long nowNs, int n) {
        int best = 0;
        long bestNs = Long.MAX_VALUE;
        for (int node = 0; node < n; node++) {
            long ns = fleet.estimatedLatencyNs(node, service, nowNs);
            if (ns < bestNs) {
                best = node;
                bestNs = ns;
            }
        }
        return best;
    }

    @Override public String name() { return "latency-aware"; }
}
