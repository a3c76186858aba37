package org.coltrain.sim.numerics.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Dataset;
import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Back-propagation in FP32 agrees with central finite differences of the loss, for every parameter tensor. */
class GradientCheckTest {

    private static final int BATCH = 4;
    private static final float STEP = 1e-3f;
    private static final int PROBES_PER_TENSOR = 12;

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void backwardMatchesFiniteDifferences(ModelKind kind) {
        Network net = kind.build(RoleEncodings.uniform(Encodings.byName("fp32")), new SplittableRandom(3));
        Dataset train = Digits.split().train();
        float[] x = java.util.Arrays.copyOf(train.features(), BATCH * Digits.FEATURES);
        int[] labels = java.util.Arrays.copyOf(train.labels(), BATCH);
        // blank pixels and zero biases put many pre-activations exactly on ReLU's kink, where finite differences
        // see half a slope; noise moves them off it
        SplittableRandom noise = new SplittableRandom(5);
        for (int i = 0; i < x.length; i++) x[i] += (float) (0.1 * noise.nextGaussian());
        float[] grad = new float[BATCH * Digits.CLASSES];
        SoftmaxCrossEntropy.lossAndGradient(net.forward(x, BATCH, null), labels, 0, BATCH, Digits.CLASSES, grad);
        net.backward(grad, BATCH, null);
        SplittableRandom pick = new SplittableRandom(4);
        List<Parameter> params = net.parameters();
        for (int t = 0; t < params.size(); t++) {
            Parameter p = params.get(t);
            float[] analytic = p.gradient().clone();
            for (int probe = 0; probe < PROBES_PER_TENSOR; probe++) {
                int i = pick.nextInt(p.size());
                float saved = p.values()[i];
                p.values()[i] = saved + STEP;
                double up = loss(net, x, labels);
                p.values()[i] = saved - STEP;
                double down = loss(net, x, labels);
                p.values()[i] = saved;
                double numeric = (up - down) / (2 * STEP);
                // central differences err by O(STEP^2) plus FP32 noise of about 1e-7 / STEP; ReLU kinks aside
                assertEquals(numeric, analytic[i], 2e-3 + 2e-2 * Math.abs(numeric),
                        kind + " tensor " + t + " element " + i);
            }
            double norm = 0;
            for (float g : analytic) norm += g * g;
            assertTrue(norm > 0, "tensor " + t + " got a gradient");
        }
    }

    private static double loss(Network net, float[] x, int[] labels) {
        float[] scratch = new float[BATCH * Digits.CLASSES];
        return SoftmaxCrossEntropy.lossAndGradient(net.forward(x, BATCH, null), labels, 0, BATCH, Digits.CLASSES, scratch);
    }
}
