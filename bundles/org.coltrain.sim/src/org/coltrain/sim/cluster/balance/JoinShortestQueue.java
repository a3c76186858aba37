package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/**
 * Join-the-shortest-queue: the accelerator with the fewest requests of the service in system (Winston, J. Appl.
 * Prob. 14(1), 1977: optimal for identical exponential servers). Needs the whole fleet's state at every arrival;
 * the fleet's index makes that O(log n) here, a real balancer pays it in messages.
 */
public record JoinShortestQueue() implements LoadBalancer {

    @Override public Router open(FleetView fleet, SplittableRandom rng) {
        return (service, nowNs) -> fleet.leastLoaded(service);
    }

    @Override public String name() { return "jsq"; }
}
