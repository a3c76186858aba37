package org.coltrain.sim.mapping;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Repeats the fits behind MappingCalibrations on the data they name and checks each on data it was not fitted to.
 * The digits CNNs are the numerics harness's, trained in FP32 for 4 epochs with seeds 1 to 5 (a few seconds).
 */
class MappingCalibrationTest {

    private static final SplitSystem DIANA = SplitSystem.diana();
    private static final List<TrainedDigitsNetwork> NETS = new ArrayList<>();

    @BeforeAll
    static void train() {
        for (long seed : MappingCalibrations.FIT_SEEDS)
            NETS.add(TrainedDigitsNetwork.train(seed, TrainedDigitsNetwork.DEFAULT_EPOCHS));
    }

    @Test
    void layerEnergyExponentIsTheFitOnSeedOne() {
        TrainedDigitsNetwork net = NETS.get(0);
        LayerWeightEnergy.Fit fit = LayerWeightEnergy.fit(net.shapes(), net.layerEnergies());
        ProxyCalibration c = MappingCalibrations.LAYER_ENERGY_EXPONENT;
        assertEquals(c.value(), fit.model().fanInExponent(), 5e-4);
        assertEquals(c.residual(), fit.rmsLogResidual(), 5e-4);
    }

    @Test
    void layerEnergyFollowsChannelsNotWeightCountOnSeedsItWasNotFittedTo() {
        // Seeds 2 to 5: the declared exponent leaves ln residuals of 0.12 to 0.16 (measured when written), while
        // energy proportional to the weight count (exponent 1) misses by a factor of about e^1.3 = 3.7.
        LayerWeightEnergy declared = LayerWeightEnergy.calibrated(), weightCount = new LayerWeightEnergy(1);
        for (TrainedDigitsNetwork net : NETS.subList(1, NETS.size())) {
            double r = declared.rmsLogResidual(net.shapes(), net.layerEnergies());
            assertTrue(r < 0.2, "declared exponent residual " + r);
            assertTrue(weightCount.rmsLogResidual(net.shapes(), net.layerEnergies()) > 1.0);
        }
    }

    @Test
    void endLayerFactorsAreTheFitOnSeedsOneToFive() {
        List<EndLayerFit.Point> points = new ArrayList<>();
        double lowFirst = Double.POSITIVE_INFINITY, highFirst = 0, lowLast = Double.POSITIVE_INFINITY, highLast = 0;
        for (int i = 0; i < NETS.size(); i++) {
            List<EndLayerFit.Point> one = EndLayerFit.measure(MappingCalibrations.FIT_SEEDS[i], NETS.get(i), DIANA);
            points.addAll(one);
            EndLayerFit.Result single = EndLayerFit.fit(one);
            lowFirst = Math.min(lowFirst, single.firstFactor());
            highFirst = Math.max(highFirst, single.firstFactor());
            lowLast = Math.min(lowLast, single.lastFactor());
            highLast = Math.max(highLast, single.lastFactor());
        }
        EndLayerFit.Result fit = EndLayerFit.fit(points);
        ProxyCalibration first = MappingCalibrations.FIRST_LAYER_FACTOR, last = MappingCalibrations.LAST_LAYER_FACTOR;
        double lf = lowFirst, hf = highFirst, ll = lowLast, hl = highLast;
        assertAll(
                () -> assertEquals(first.value(), fit.firstFactor(), 5e-3),
                () -> assertEquals(last.value(), fit.lastFactor(), 5e-3),
                () -> assertEquals(first.residual(), fit.rmsResidual(), 5e-4),
                // the bounds are the spread of the single-seed fits
                () -> assertEquals(first.low(), lf, 5e-3),
                () -> assertEquals(first.high(), hf, 5e-3),
                () -> assertEquals(last.low(), ll, 5e-3),
                () -> assertEquals(last.high(), hl, 5e-3));
    }

    @Test
    void endLayerFactorsPredictTheAllTernaryDropTheyWereNotFittedTo() {
        // Fitted on one layer at a time; checked on all three moved at once (additivity, which the search relies
        // on). Measured when written: seeds 1, 2, 4 within 0.012, seed 5 0.028 over, seed 3 0.106 under (0.214
        // measured against 0.108 predicted: the layers' errors compound), root-mean-square 0.049.
        List<EndLayerFit.Point> points = new ArrayList<>();
        for (int i = 0; i < NETS.size(); i++) points.addAll(EndLayerFit.measure(MappingCalibrations.FIT_SEEDS[i], NETS.get(i), DIANA));
        EndLayerFit.Result fit = EndLayerFit.fit(points);
        double sum = 0;
        for (TrainedDigitsNetwork net : NETS) {
            MappingProblem p = new MappingProblem("digits", DIANA, net.shapes(),
                    net.sensitivities(DIANA.first().weights(), DIANA.second().weights()));
            double[] proxies = new double[p.layers().size()];
            for (int l = 0; l < proxies.length; l++)
                proxies[l] = p.allSecond().layers().get(l).proxy() - p.allFirst().layers().get(l).proxy();
            double measured = net.accuracy(p.allFirst(), DIANA) - net.accuracy(p.allSecond(), DIANA);
            double error = measured - fit.predictDrop(proxies);
            sum += error * error;
        }
        double rms = Math.sqrt(sum / NETS.size());
        assertEquals(0.049, rms, 2e-3);
    }

    @Test
    void everyCalibrationLiesWithinItsBounds() {
        for (ProxyCalibration c : MappingCalibrations.all())
            assertTrue(c.low() <= c.value() && c.value() <= c.high() && !c.fittedTo().isBlank(), c.id());
    }
}
