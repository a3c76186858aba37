package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/**
 * Power of two choices: two distinct accelerators drawn at random, the request joins the one with fewer requests
 * of its service in system (the first on a tie). Mitzenmacher (IEEE TPDS 12(10), 2001): exponentially better
 * queue tails than random at the cost of two probes.
 */
public record PowerOfTwoChoices() implements LoadBalancer {

    @Override public Router open(FleetView fleet, SplittableRandom rng) {
        int n = fleet.accelerators();
        return (service, nowNs) -> {
            if (n == 1) return 0;
            int a = rng.nextInt(n);
            int b = rng.nextInt(n - 1);
            if (b >= a) b++; // distinct: draw from the n-1 others
            return fleet.inSystem(b, service) < fleet.inSystem(a, service) ? b : a;
        };
    }

    @Override public String name() { return "power-of-two"; }
}
