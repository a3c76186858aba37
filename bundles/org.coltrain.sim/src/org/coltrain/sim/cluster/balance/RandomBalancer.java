package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/** Each request to an accelerator drawn uniformly at random: the baseline every other policy should beat. */
public record RandomBalancer() implements LoadBalancer {

    @Override public Router open(FleetView fleet, SplittableRandom rng) {
        int n = fleet.accelerators();
        return (service, nowNs) -> rng.nextInt(n);
    }

    @Override public String name() { return "random"; }
}
