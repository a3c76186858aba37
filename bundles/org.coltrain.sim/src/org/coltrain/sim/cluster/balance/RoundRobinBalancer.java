package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/** Accelerators in turn, 0, 1, ..., n-1, 0, ...: no state read, perfectly even counts, blind to slow nodes. */
public record RoundRobinBalancer() implements LoadBalancer {

    @Override public Router open(FleetView fleet, SplittableRandom rng) {
        int n = fleet.accelerators();
        return new Router() {
            private int next;

            @Override public int route(int service, long nowNs) {
                int node = next;
                next = next + 1 == n ? 0 : next + 1;
                return node;
            }
        };
    }

    @Override public String name() { return "round-robin"; }
}
