package org.coltrain.sim.mapping;

import java.util.List;

/**
 * A network's splittable layers on a two-accelerator system, with each layer's accuracy proxy. Layers run one
 * after the other (ODiMO: no overlap between layers), so latency, energy and proxy all add up over layers.
 */
public record MappingProblem(String network, SplitSystem system, List<ConvShape> layers,
        List<LayerSensitivity> sensitivities) {

    public MappingProblem {
        layers = List.copyOf(layers);
        sensitivities = List.copyOf(sensitivities);
        if (layers.isEmpty()) throw new IllegalArgumentException("network " + network + " has no layer to map");
        if (layers.size() != sensitivities.size())
            throw new IllegalArgumentException("one sensitivity per layer: " + layers.size() + " layers, "
                    + sensitivities.size() + " sensitivities");
        for (int i = 0; i < layers.size(); i++)
            if (layers.get(i).outChannels() != sensitivities.get(i).channels())
                throw new IllegalArgumentException("layer " + layers.get(i).name() + " has "
                        + layers.get(i).outChannels() + " channels but its sensitivity has " + sensitivities.get(i).channels());
    }

    /** The lowest total proxy of any mapping. */
    public double minProxy() {
        double sum = 0;
        for (LayerSensitivity s : sensitivities) sum += s.minProxy();
        return sum;
    }

    /** The highest total proxy of any mapping. */
    public double maxProxy() {
        double sum = 0;
        for (LayerSensitivity s : sensitivities) sum += s.maxProxy();
        return sum;
    }

    /**
     * The accuracy-drop proxy of a mapping on a 0..1 scale: 0 for the most accurate mapping (every channel on its
     * more precise accelerator), 1 for the least accurate one.
     */
    public double normalisedDrop(double proxy) {
        double range = maxProxy() - minProxy();
        return range <= 0 ? 0 : (proxy - minProxy()) / range;
    }

    /** Evaluates a mapping given as the number of channels of each layer on the second accelerator. */
    public Mapping evaluate(String label, int[] secondChannels) {
        if (secondChannels.length != layers.size())
            throw new IllegalArgumentException("mapping " + label + ": " + secondChannels.length + " counts for "
                    + layers.size() + " layers");
        Mapping.Layer[] out = new Mapping.Layer[layers.size()];
        for (int i = 0; i < out.length; i++) {
            LayerSensitivity s = sensitivities.get(i);
            out[i] = new Mapping.Layer(system.cost(layers.get(i), secondChannels[i]), s.proxy(secondChannels[i]),
                    s.channelsOnSecond(secondChannels[i]));
        }
        return new Mapping(label, List.of(out), normalisedDrop(sumProxy(out)));
    }

    /** Every channel on the first accelerator. */
    public Mapping allFirst() {
        return new AllOnFirst().evaluate(this);
    }

    /** Every channel on the second accelerator. */
    public Mapping allSecond() {
        return new AllOnSecond().evaluate(this);
    }

    private static double sumProxy(Mapping.Layer[] layers) {
        double sum = 0;
        for (Mapping.Layer l : layers) sum += l.proxy();
        return sum;
    }
}
