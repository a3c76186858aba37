package org.coltrain.sim.numerics.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A chain of layers whose sizes match; the last one's outputs are the logits. */
public final class Network {

    private final List<Layer> layers;

    public Network(List<Layer> layers) {
        for (int i = 1; i < layers.size(); i++)
            if (layers.get(i - 1).outputSize() != layers.get(i).inputSize())
                throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).inputSize()
                        + " inputs but gets " + layers.get(i - 1).outputSize());
        this.layers = List.copyOf(layers);
    }

    public int inputSize() { return layers.get(0).inputSize(); }

    public int outputSize() { return layers.get(layers.size() - 1).outputSize(); }

    public List<Layer> layers() { return layers; }

    /** The logits for a batch (a buffer of the last layer). */
    public float[] forward(float[] x, int batch, SplittableRandom rng) {
        float[] h = x;
        for (Layer layer : layers) h = layer.forward(h, batch, rng);
        return h;
    }

    /** Back-propagates the gradient of the logits, leaving each parameter's gradient in place. */
    public void backward(float[] gradLogits, int batch, SplittableRandom rng) {
        float[] g = gradLogits;
        for (int i = layers.size() - 1; i >= 0; i--) g = layers.get(i).backward(g, batch, i > 0, rng);
    }

    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) all.addAll(layer.parameters());
        return all;
    }

    /** A copy of every master weight and bias, concatenated in layer order. */
    public float[] weightsSnapshot() {
        List<Parameter> ps = parameters();
        int total = 0;
        for (Parameter p : ps) total += p.size();
        float[] all = new float[total];
        int at = 0;
        for (Parameter p : ps) {
            System.arraycopy(p.values(), 0, all, at, p.size());
            at += p.size();
        }
        return all;
    }
}
