package org.coltrain.sim.cluster.balance;

import java.util.SplittableRandom;

/**
 * How one inference service spreads its requests over the fleet: an immutable policy that opens a router for one
 * run. Routers decide at the arrival instant, in the same discrete-event run as the accelerators, and draw their
 * randomness only from the stream they were opened with.
 */
public sealed interface LoadBalancer
        permits RandomBalancer, RoundRobinBalancer, JoinShortestQueue, PowerOfTwoChoices, LatencyAwareBalancer {

    Router open(FleetView fleet, SplittableRandom rng);

    /** Lower-case name used by the DSL, the CLI and the reports. */
    String name();

    /** A stateful router of one service. */
    interface Router {
        /** The accelerator that gets a request of {@code service} arriving at {@code nowNs}. */
        int route(int service, long nowNs);
    }

    /** The policy for a DSL/CLI name; {@code latency-aware} samples {@link LatencyAwareBalancer#DEFAULT_CANDIDATES}. */
    static LoadBalancer byName(String name) {
        return switch (name) {
            case "random" -> new RandomBalancer();
            case "round-robin" -> new RoundRobinBalancer();
            case "jsq" -> new JoinShortestQueue();
            case "power-of-two" -> new PowerOfTwoChoices();
            case "latency-aware" -> new LatencyAwareBalancer(LatencyAwareBalancer.DEFAULT_CANDIDATES);
            default -> throw new IllegalArgumentException("unknown load balancer '" + name
                    + "': use random, round-robin, jsq, power-of-two or latency-aware");
        };
    }

    /** Every policy with its default parameters, in report order. */
    static java.util.List<LoadBalancer> all() {
        return java.util.List.of(new RandomBalancer(), new RoundRobinBalancer(), new JoinShortestQueue(),
                new PowerOfTwoChoices(), new LatencyAwareBalancer(LatencyAwareBalancer.DEFAULT_CANDIDATES));
    }
}
