package org.coltrain.sim.mapping;

import java.util.List;

/**
 * How much weight energy ||W||^2 each layer of a network holds relative to the others, for networks without trained
 * weights: {@code Cout * (Cin KX KY)^exponent}. Exponent 0 is He initialisation (variance 2 / fan-in, He et al.,
 * ICCV 2015), where every output channel holds the same energy; exponent 1 gives every weight the same variance,
 * so a layer counts by its weight count. The proxy weighs each channel's relative noise by this energy, so a layer
 * counts by what it holds instead of every layer counting the same.
 */
public record LayerWeightEnergy(double fanInExponent) {

    public LayerWeightEnergy {
        if (!Double.isFinite(fanInExponent)) throw new IllegalArgumentException("fan-in exponent must be finite");
    }

    /** The exponent fitted to the trained digits CNN ({@link MappingCalibrations#LAYER_ENERGY_EXPONENT}). */
    public static LayerWeightEnergy calibrated() {
        return new LayerWeightEnergy(MappingCalibrations.LAYER_ENERGY_EXPONENT.value());
    }

    /** Weight energy of one output channel of {@code layer}, in units of a channel with fan-in 1. */
    public double perChannel(ConvShape layer) {
        return Math.pow(layer.weightsPerChannel(), fanInExponent);
    }

    /** Weight energy of the whole layer, in the same units. */
    public double layer(ConvShape layer) {
        return layer.outChannels() * perChannel(layer);
    }

    /** A fitted exponent and the root-mean-square residual of ln(energy) over the layers it was fitted to. */
    public record Fit(LayerWeightEnergy model, double scale, double rmsLogResidual) {}

    /**
     * Least squares of ln(E / Cout) = ln(scale) + exponent ln(fan-in) over measured layer energies: the exponent
     * that best describes how a trained network's weight energy per channel grows with fan-in.
     */
    public static Fit fit(List<ConvShape> layers, double[] energies) {
        int n = layers.size();
        if (n < 2 || energies.length != n) throw new IllegalArgumentException("need one energy for each of at least two layers");
        double[] x = new double[n], y = new double[n];
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            if (!(energies[i] > 0)) throw new IllegalArgumentException("layer " + layers.get(i).name() + " holds no weight energy");
            x[i] = Math.log(layers.get(i).weightsPerChannel());
            y[i] = Math.log(energies[i] / layers.get(i).outChannels());
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        if (sxx == 0) throw new IllegalArgumentException("every layer has the same fan-in: the exponent is not determined");
        double slope = sxy / sxx, intercept = my - slope * mx;
        LayerWeightEnergy model = new LayerWeightEnergy(slope);
        return new Fit(model, Math.exp(intercept), rmsLogResidual(model, Math.exp(intercept), layers, energies));
    }

    /**
     * How well this exponent describes other measured energies: the root-mean-square of ln(measured / predicted)
     * with only the scale fitted (the scale cancels in the proxy, which is a ratio of energies).
     */
    public double rmsLogResidual(List<ConvShape> layers, double[] energies) {
        double mean = 0;
        for (int i = 0; i < layers.size(); i++) mean += Math.log(energies[i] / layer(layers.get(i))) / layers.size();
        return rmsLogResidual(this, Math.exp(mean), layers, energies);
    }

    private static double rmsLogResidual(LayerWeightEnergy model, double scale, List<ConvShape> layers, double[] energies) {
        double sum = 0;
        for (int i = 0; i < layers.size(); i++) {
            double r = Math.log(energies[i] / (scale * model.layer(layers.get(i))));
            sum += r * r;
        }
        return Math.sqrt(sum / layers.size());
    }
}
