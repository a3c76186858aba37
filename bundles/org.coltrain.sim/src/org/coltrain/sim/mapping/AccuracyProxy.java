package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The accuracy proxy of a whole network: per output channel, the weight-noise energy it adds on each array relative
 * to the network's weight energy, times its layer's factor. Relative to the network, not to the layer, so a layer
 * counts by the weight energy it holds: moving all of a 64-channel layer to the ternary array costs more than moving
 * a 16-channel one. With trained weights the energies are measured; without, {@link LayerWeightEnergy} models them.
 */
public final class AccuracyProxy {

    private AccuracyProxy() {
    }

    /** From trained weights, channel-major per layer: each channel's measured error under each quantizer. */
    public static List<LayerSensitivity> measured(List<ConvShape> layers, List<float[]> channelMajorWeights,
            WeightQuantizer first, WeightQuantizer second, double[] factors) {
        check(layers, factors);
        double network = 0;
        for (float[] w : channelMajorWeights) network += LayerSensitivity.energy(w);
        List<LayerSensitivity> out = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++)
            out.add(LayerSensitivity.measured(layers.get(i).name(), channelMajorWeights.get(i), layers.get(i).outChannels(),
                    first, second, factors[i], network));
        return out;
    }

    /**
     * Without trained weights: every weight has relative noise {@code firstNsr} on the first array and
     * {@code secondNsr} on the second, and layer l holds {@code energy.layer(l)} of the network's weight energy.
     */
    public static List<LayerSensitivity> modelled(List<ConvShape> layers, double firstNsr, double secondNsr,
            double[] factors, LayerWeightEnergy energy) {
        check(layers, factors);
        double network = 0;
        for (ConvShape l : layers) network += energy.layer(l);
        List<LayerSensitivity> out = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            ConvShape l = layers.get(i);
            out.add(LayerSensitivity.uniform(l.name(), l.outChannels(), firstNsr, secondNsr,
                    factors[i] * energy.layer(l) / network));
        }
        return out;
    }

    /** Factor 1 for every layer: the raw proxy, as the calibrations are fitted on. */
    public static double[] unitFactors(int layers) {
        double[] f = new double[layers];
        java.util.Arrays.fill(f, 1);
        return f;
    }

    /**
     * The calibrated factors: {@link MappingCalibrations#FIRST_LAYER_FACTOR} for the first weight layer,
     * {@link MappingCalibrations#LAST_LAYER_FACTOR} for the last, 1 in between (a one-layer network is its first).
     */
    public static double[] calibratedFactors(int layers) {
        double[] f = unitFactors(layers);
        if (layers > 1) f[layers - 1] = MappingCalibrations.LAST_LAYER_FACTOR.value();
        if (layers > 0) f[0] = MappingCalibrations.FIRST_LAYER_FACTOR.value();
        return f;
    }

    private static void check(List<ConvShape> layers, double[] factors) {
        if (factors.length != layers.size())
            throw new IllegalArgumentException(factors.length + " sensitivity factors for " + layers.size() + " layers");
    }
}
