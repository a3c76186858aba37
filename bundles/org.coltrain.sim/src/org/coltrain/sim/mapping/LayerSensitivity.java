package org.coltrain.sim.mapping;

import java.util.Arrays;

/**
 * The accuracy side of one layer: for every output channel, a proxy for the accuracy it costs on each accelerator.
 * The proxy is the channel's weight-noise energy ||Q(w_c) - w_c||^2 over the whole network's weight energy
 * sum ||W||^2, times a layer factor (a sensitivity such as a Hessian trace, 1 when unknown); {@link AccuracyProxy}
 * builds it for a network. It is additive over channels and layers, which is what makes the exact search possible;
 * it ranks mappings, it does not predict accuracy.
 *
 * <p>For a given number of channels on the second accelerator the cheapest choice in proxy is the channels whose
 * proxy rises least (or falls most) when moved; costs do not depend on which channels move, so only counts matter.
 */
public final class LayerSensitivity {

    private final String layer;
    private final double[] first, second;
    private final int[] byDelta;
    private final double[] prefix; // prefix[k] = proxy with the k best channels on the second accelerator

    public LayerSensitivity(String layer, double[] firstProxy, double[] secondProxy) {
        if (firstProxy.length != secondProxy.length || firstProxy.length == 0)
            throw new IllegalArgumentException("layer " + layer + ": one proxy per channel on each accelerator");
        this.layer = layer;
        this.first = firstProxy.clone();
        this.second = secondProxy.clone();
        int n = first.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Stable sort by the rise in proxy when moved; ties keep channel order, so the choice is deterministic.
        Arrays.sort(order, (a, b) -> Double.compare(second[a] - first[a], second[b] - first[b]));
        byDelta = new int[n];
        for (int i = 0; i < n; i++) byDelta[i] = order[i];
        prefix = new double[n + 1];
        double base = 0;
        for (double v : first) base += v;
        prefix[0] = base;
        for (int k = 1; k <= n; k++) prefix[k] = prefix[k - 1] + second[byDelta[k - 1]] - first[byDelta[k - 1]];
    }

    /**
     * Every channel costs {@code weight * firstNsr / channels} on the first accelerator and
     * {@code weight * secondNsr / channels} on the second: {@code weight} is the layer's share of the network's
     * weight energy times its factor.
     */
    public static LayerSensitivity uniform(String layer, int channels, double firstNsr, double secondNsr, double weight) {
        double[] a = new double[channels], b = new double[channels];
        Arrays.fill(a, weight * firstNsr / channels);
        Arrays.fill(b, weight * secondNsr / channels);
        return new LayerSensitivity(layer, a, b);
    }

    /**
     * Measured on a layer's weights, stored channel-major ({@code channels} rows of {@code weights.length / channels}):
     * each channel's squared error under each quantizer over {@code networkEnergy}, the weight energy of the whole
     * network, times {@code factor}.
     */
    public static LayerSensitivity measured(String layer, float[] weights, int channels, WeightQuantizer firstQ,
            WeightQuantizer secondQ, double factor, double networkEnergy) {
        int per = weights.length / channels;
        if (per * channels != weights.length)
            throw new IllegalArgumentException("layer " + layer + ": " + weights.length + " weights for " + channels + " channels");
        double[] a = new double[channels], b = new double[channels];
        float[] channel = new float[per];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(weights, c * per, channel, 0, per);
            a[c] = networkEnergy == 0 ? 0 : factor * firstQ.squaredError(channel) / networkEnergy;
            b[c] = networkEnergy == 0 ? 0 : factor * secondQ.squaredError(channel) / networkEnergy;
        }
        return new LayerSensitivity(layer, a, b);
    }

    /** Weight energy ||W||^2 of a layer's weights, in double precision. */
    public static double energy(float[] weights) {
        double sum = 0;
        for (float w : weights) sum += (double) w * w;
        return sum;
    }

    public String layer() { return layer; }

    public int channels() { return first.length; }

    /** Proxy of the layer with the best {@code secondChannels} channels on the second accelerator. */
    public double proxy(int secondChannels) {
        return prefix[secondChannels];
    }

    /** The lowest proxy any split of this layer reaches (every channel on its more accurate accelerator). */
    public double minProxy() {
        double min = prefix[0];
        for (double p : prefix) min = Math.min(min, p);
        return min;
    }

    /** The highest proxy any split reaches. */
    public double maxProxy() {
        double max = prefix[0];
        for (double p : prefix) max = Math.max(max, p);
        return max;
    }

    /** Which channels go to the second accelerator when {@code secondChannels} do, ascending. */
    public int[] channelsOnSecond(int secondChannels) {
        int[] chosen = Arrays.copyOf(byDelta, secondChannels);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Proxy of one channel on the first (false) or second (true) accelerator. */
    public double channelProxy(int channel, boolean onSecond) {
        return onSecond ? second[channel] : first[channel];
    }
}
