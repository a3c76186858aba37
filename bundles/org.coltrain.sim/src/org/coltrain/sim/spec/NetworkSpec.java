package org.coltrain.sim.spec;

import java.util.List;

/** A network as an ordered list of layers with resolved shapes. */
public record NetworkSpec(String name, List<LayerSpec> layers) implements java.io.Serializable {
    public NetworkSpec {
        layers = List.copyOf(layers);
    }

    public long weightElements() {
        long total = 0;
        for (LayerSpec layer : layers) total += layer.weightElements();
        return total;
    }
}
