package org.coltrain.sim.mapping;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy side on real trained weights: the numerics harness's digits CNN (seed 1, 4 epochs, FP32). Measured
 * when written: FP32 test accuracy 0.9611, all weights int8 0.9611, all ternary 0.8417; weight noise over the
 * network's weight energy int8 3.7e-5, ternary 0.163.
 */
class TrainedDigitsMappingTest {

    private static TrainedDigitsNetwork net;
    private static MappingProblem problem;
    private static final SplitSystem DIANA = SplitSystem.diana();

    @BeforeAll
    static void train() {
        net = TrainedDigitsNetwork.train(1, TrainedDigitsNetwork.DEFAULT_EPOCHS);
        problem = new MappingProblem("digits", DIANA, net.shapes(),
                net.sensitivities(DIANA.first().weights(), DIANA.second().weights()));
    }

    @Test
    void shapesAreTheHarnessCnn() {
        assertEquals(new ConvShape("conv1", 1, 8, 8, 8, 3, 3), net.shapes().get(0));
        assertEquals(new ConvShape("conv2", 8, 16, 4, 4, 3, 3), net.shapes().get(1));
        assertEquals(new ConvShape("fc1", 256, 10, 1, 1, 1, 1), net.shapes().get(2));
    }

    @Test
    void int8KeepsAccuracyAndTernaryLosesSome() {
        double digital = net.accuracy(problem.allFirst(), DIANA), analog = net.accuracy(problem.allSecond(), DIANA);
        assertAll(
                () -> assertTrue(Math.abs(digital - net.fp32Accuracy()) <= 0.01, "int8 " + digital),
                () -> assertTrue(analog <= digital - 0.03, "ternary " + analog + " vs int8 " + digital),
                () -> assertTrue(net.noiseToSignal(new TernaryQuantizer()) > 1000 * net.noiseToSignal(new IntQuantizer(8))));
    }

    @Test
    void proxyRanksNestedMappingsLikeAccuracyAtTheEnds() {
        // Half of every layer's channels (the least sensitive) on the analog array sits between the pure mappings.
        int[] half = new int[problem.layers().size()];
        for (int i = 0; i < half.length; i++) half[i] = problem.layers().get(i).outChannels() / 2;
        Mapping mid = problem.evaluate("half", half);
        double accMid = net.accuracy(mid, DIANA);
        assertTrue(mid.drop() > problem.allFirst().drop() && mid.drop() < problem.allSecond().drop());
        assertTrue(accMid >= net.accuracy(problem.allSecond(), DIANA), "half " + accMid);
    }

    @Test
    void accuracyEvaluationRestoresTheTrainedWeights() {
        net.accuracy(problem.allSecond(), DIANA);
        assertEquals(net.fp32Accuracy(), net.accuracy(new Mapping("fp32 check", problem.allFirst().layers(), 0), 
                new SplitSystem("exact", DIANA.first(), DIANA.first(), DIANA.power())) , 0.01);
    }
}
