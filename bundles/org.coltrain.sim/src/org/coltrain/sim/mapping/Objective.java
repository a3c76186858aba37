package org.coltrain.sim.mapping;

import java.util.Locale;

/** What the search minimises: the network's latency (sum of layer latencies) or its energy. */
public enum Objective {
    LATENCY, ENERGY;

    public double of(LayerCost cost) {
        return this == LATENCY ? cost.latencyNs() : cost.energyPj();
    }

    public String cliName() { return name().toLowerCase(Locale.ROOT); }

    public static Objective parse(String name) {
        for (Objective o : values()) if (o.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) return o;
        throw new IllegalArgumentException("unknown objective '" + name + "': use latency or energy");
    }
}
