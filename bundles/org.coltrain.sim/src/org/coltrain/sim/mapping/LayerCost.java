package org.coltrain.sim.mapping;

/** Cost of one layer under one split: each part's time, the layer's time (the slower part) and its energy. */
public record LayerCost(String layer, int firstChannels, int secondChannels, double firstLatencyNs,
        double secondLatencyNs, double latencyNs, double energyPj) {}
