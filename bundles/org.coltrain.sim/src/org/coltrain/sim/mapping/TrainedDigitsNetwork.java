package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.train.Conv2d;
import org.coltrain.sim.numerics.train.Dense;
import org.coltrain.sim.numerics.train.Layer;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.Parameter;
import org.coltrain.sim.numerics.train.RoleEncodings;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;

/**
 * The numerics harness's digits CNN trained in FP32, as real weights for the accuracy side: per-channel
 * sensitivities measured on its layers, the weight-noise profile of a quantizer over all its weights, and the
 * test accuracy of a mapping (each channel's weights stored in its accelerator's format, activations FP32), which
 * checks that the proxy ranks mappings the way accuracy does. Deterministic for a seed.
 */
public final class TrainedDigitsNetwork {

    /** Epochs of the FP32 training; the harness's CNN reaches about 96% test accuracy in 4 (AccuracyOrderingTest). */
    public static final int DEFAULT_EPOCHS = 4;

    private final Trainer trainer;
    private final List<ConvShape> shapes = new ArrayList<>();
    private final List<Parameter> weights = new ArrayList<>();
    private final double fp32Accuracy;

    private TrainedDigitsNetwork(Trainer trainer) {
        this.trainer = trainer;
        int side = Digits.SIDE, conv = 0, dense = 0;
        for (Layer layer : trainer.network().layers()) {
            // Weights are stored (inputs x outputs): output channel c is column c.
            if (layer instanceof Conv2d c) {
                int patch = c.parameters().get(0).size() / (c.outputSize() / (side * side));
                int filters = c.outputSize() / (side * side);
                shapes.add(new ConvShape("conv" + (++conv), patch / 9, filters, side, side, 3, 3));
                weights.add(c.parameters().get(0));
                side /= 2; // the harness CNN pools by 2 after each convolution but the last
            } else if (layer instanceof Dense d) {
                shapes.add(new ConvShape("fc" + (++dense), d.inputSize(), d.outputSize(), 1, 1, 1, 1));
                weights.add(d.parameters().get(0));
            }
        }
        this.fp32Accuracy = trainer.accuracy(Digits.split().test());
    }

    public static TrainedDigitsNetwork train(long seed, int epochs) {
        Trainer trainer = new Trainer(ModelKind.CNN, RoleEncodings.uniform(Encodings.byName("fp32")),
                TrainConfig.defaults(epochs, seed));
        trainer.fit(Digits.split().train());
        return new TrainedDigitsNetwork(trainer);
    }

    /** The weight layers (two convolutions and the classifier) as the cost models see them. */
    public List<ConvShape> shapes() { return List.copyOf(shapes); }

    public double fp32Accuracy() { return fp32Accuracy; }

    /** Layer {@code i}'s weights channel-major: {@code outChannels} rows of {@code weightsPerChannel}. */
    public float[] channelMajorWeights(int i) {
        float[] w = weights.get(i).values();
        int out = shapes.get(i).outChannels(), in = w.length / out;
        float[] t = new float[w.length];
        for (int r = 0; r < in; r++)
            for (int c = 0; c < out; c++) t[c * in + r] = w[r * out + c];
        return t;
    }

    /** Every weight layer's weights, channel-major, in layer order. */
    public List<float[]> channelMajorWeights() {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) out.add(channelMajorWeights(i));
        return out;
    }

    /** Weight energy ||W||^2 of each weight layer: what a {@link LayerWeightEnergy} is fitted to. */
    public double[] layerEnergies() {
        double[] e = new double[shapes.size()];
        for (int i = 0; i < e.length; i++) e[i] = LayerSensitivity.energy(weights.get(i).values());
        return e;
    }

    /** Per-channel proxies of every weight layer under the two quantizers (layer factor 1). */
    public List<LayerSensitivity> sensitivities(WeightQuantizer first, WeightQuantizer second) {
        return AccuracyProxy.measured(shapes(), channelMajorWeights(), first, second, AccuracyProxy.unitFactors(shapes.size()));
    }

    /**
     * Relative weight-noise energy of a quantizer over the whole network, sum ||Q(w_c) - w_c||^2 / sum ||W||^2:
     * the noise every weight of a network without trained weights is given.
     */
    public double noiseToSignal(WeightQuantizer q) {
        double sum = 0;
        for (LayerSensitivity s : sensitivities(q, q)) sum += s.proxy(0);
        return sum;
    }

    /** Test accuracy with each layer's weights stored as the mapping places them; the trained weights are restored. */
    public double accuracy(Mapping mapping, SplitSystem system) {
        List<float[]> saved = new ArrayList<>();
        for (Parameter p : weights) saved.add(p.values().clone());
        try {
            for (int i = 0; i < shapes.size(); i++) {
                boolean[] onSecond = new boolean[shapes.get(i).outChannels()];
                for (int c : mapping.layers().get(i).secondChannelIndices()) onSecond[c] = true;
                storeAs(i, onSecond, system.first().weights(), system.second().weights());
            }
            return trainer.accuracy(Digits.split().test());
        } finally {
            for (int i = 0; i < weights.size(); i++)
                System.arraycopy(saved.get(i), 0, weights.get(i).values(), 0, saved.get(i).length);
        }
    }

    private void storeAs(int layer, boolean[] onSecond, WeightQuantizer first, WeightQuantizer second) {
        float[] w = weights.get(layer).values();
        int out = onSecond.length, in = w.length / out;
        float[] channel = new float[in];
        for (int c = 0; c < out; c++) {
            for (int r = 0; r < in; r++) channel[r] = w[r * out + c];
            (onSecond[c] ? second : first).quantize(channel, channel);
            for (int r = 0; r < in; r++) w[r * out + c] = channel[r];
        }
    }
}
