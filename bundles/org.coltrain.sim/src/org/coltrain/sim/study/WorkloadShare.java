package org.coltrain.sim.study;

import org.coltrain.sim.spec.NetworkSpec;

/** One network of a workload mix and its weight in the mix (weights of a mix need not sum to 1). */
public record WorkloadShare(NetworkSpec network, double weight) {

    public WorkloadShare {
        if (!(weight >= 0)) throw new IllegalArgumentException("weight of " + network.name() + " must be >= 0");
    }

    public String name() { return network.name(); }
}
