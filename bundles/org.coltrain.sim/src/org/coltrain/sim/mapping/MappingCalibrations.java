package org.coltrain.sim.mapping;

import java.util.List;

/**
 * The accuracy proxy's calibrations: parameters no paper gives, each declared with its bounds, the data it was
 * fitted to and the residual there. MappingCalibrationTest repeats every fit and checks it on data it was not
 * fitted to. Every drop figure of {@code coltrain map} depends on them.
 */
public final class MappingCalibrations {

    /** The digits CNNs both factor fits use: the numerics harness's CNN trained in FP32 for 4 epochs. */
    public static final long[] FIT_SEEDS = { 1, 2, 3, 4, 5 };

    /**
     * How a layer's weight energy grows with its fan-in, for networks without trained weights (LayerWeightEnergy):
     * least squares of ln(||W_l||^2 / Cout_l) against ln(Cin KX KY).
     */
    public static final ProxyCalibration LAYER_ENERGY_EXPONENT = new ProxyCalibration("mapping.layer-energy-exponent",
            0.068, 0.0, 1.0,
            "0: He initialisation, variance 2 / fan-in, the same energy in every output channel (He et al., ICCV 2015); "
                    + "1: the same variance for every weight, energy proportional to the weight count",
            "weight energy of the digits CNN's three weight layers (conv 1->8, conv 8->16, dense 256->10), trained in "
                    + "FP32 with seed 1 for 4 epochs",
            0.118, "root-mean-square of ln(measured / fitted layer energy)");

    /**
     * The proxy factor of a network's first weight layer (EndLayerFit): its accuracy drop per unit of proxy over
     * the middle layers' drop per unit of proxy.
     */
    public static final ProxyCalibration FIRST_LAYER_FACTOR = new ProxyCalibration("mapping.first-layer-factor",
            2.50, 1.69, 9.51, "the lowest and highest single-seed fits (seeds 1 to 5)",
            "test-accuracy drop of each digits CNN weight layer moved alone to the ternary array, seeds 1 to 5 "
                    + "(15 points, trained in FP32 for 4 epochs, 360 test images)",
            0.0228, "root-mean-square error of the fitted drops, accuracy as a fraction (shared with the last-layer factor)");

    /** The proxy factor of a network's last weight layer (the classifier), fitted with the first-layer factor. */
    public static final ProxyCalibration LAST_LAYER_FACTOR = new ProxyCalibration("mapping.last-layer-factor",
            1.16, 0.54, 2.80, FIRST_LAYER_FACTOR.boundsSource(), FIRST_LAYER_FACTOR.fittedTo(),
            FIRST_LAYER_FACTOR.residual(), FIRST_LAYER_FACTOR.residualUnit());

    private MappingCalibrations() {
    }

    public static List<ProxyCalibration> all() {
        return List.of(LAYER_ENERGY_EXPONENT, FIRST_LAYER_FACTOR, LAST_LAYER_FACTOR);
    }
}
