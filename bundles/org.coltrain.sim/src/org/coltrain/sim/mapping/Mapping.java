package org.coltrain.sim.mapping;

import java.util.List;

/**
 * A mapping of a network's layers onto two accelerators, with its costs: the network's latency is the sum of
 * layer latencies and its energy the sum of layer energies; {@code drop} is the normalised accuracy-drop proxy
 * (see {@link MappingProblem#normalisedDrop}).
 */
public record Mapping(String label, List<Layer> layers, double drop) {

    /** One layer: its cost, its accuracy proxy and the output channels (ascending) on the second accelerator. */
    public record Layer(LayerCost cost, double proxy, int[] secondChannelIndices) {}

    public Mapping {
        layers = List.copyOf(layers);
    }

    public double latencyNs() {
        double sum = 0;
        for (Layer l : layers) sum += l.cost().latencyNs();
        return sum;
    }

    public double energyPj() {
        double sum = 0;
        for (Layer l : layers) sum += l.cost().energyPj();
        return sum;
    }

    public double proxy() {
        double sum = 0;
        for (Layer l : layers) sum += l.proxy();
        return sum;
    }

    public double objective(Objective objective) {
        return objective == Objective.LATENCY ? latencyNs() : energyPj();
    }

    /** Channels of each layer on the second accelerator. */
    public int[] secondCounts() {
        int[] counts = new int[layers.size()];
        for (int i = 0; i < counts.length; i++) counts[i] = layers.get(i).cost().secondChannels();
        return counts;
    }

    public Mapping withLabel(String newLabel) {
        return new Mapping(newLabel, layers, drop);
    }
}
