package org.coltrain.sim.mapping;

/**
 * Two accelerators that share a layer by output channels, and the system's power by phase. ODiMO's cost and
 * power models are for exactly two accelerators (DIANA); channels not on {@code second} run on {@code first}.
 */
public record SplitSystem(String name, MappingAccelerator first, MappingAccelerator second, PowerModel power) {

    public static SplitSystem diana() {
        return new SplitSystem("DIANA", DigitalArray.diana(), AnalogImcArray.diana(), PowerModel.diana());
    }

    /** Latency and energy of a layer with {@code secondChannels} of its output channels on the second accelerator. */
    public LayerCost cost(ConvShape layer, int secondChannels) {
        if (secondChannels < 0 || secondChannels > layer.outChannels())
            throw new IllegalArgumentException("layer " + layer.name() + ": " + secondChannels
                    + " channels on " + second.name() + " but the layer has " + layer.outChannels());
        int firstChannels = layer.outChannels() - secondChannels;
        double firstNs = first.latencyNs(layer, firstChannels);
        double secondNs = second.latencyNs(layer, secondChannels);
        // The two parts run in parallel; the layer ends with the slower one (ODiMO, evaluation model).
        return new LayerCost(layer.name(), firstChannels, secondChannels, firstNs, secondNs,
                Math.max(firstNs, secondNs), power.energyPj(firstNs, secondNs));
    }
}
