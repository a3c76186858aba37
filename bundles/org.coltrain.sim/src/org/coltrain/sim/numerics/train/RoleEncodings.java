package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Gemms;

/**
 * The encoding of each tensor role on the dot products (HBFP paper, section 4: weights, activations and output
 * gradients enter every GEMM in block floating point; all else stays FP32). A layer's three GEMMs take:
 * forward {@code activations x weights}, input gradient {@code gradients x weights}, weight gradient
 * {@code activations x gradients}; each rounds its operands along its own dot product, so a tensor used by two
 * GEMMs is blocked differently in each (activations along features forward, along the batch for the weight
 * gradient), as a dot-product unit sees it. Master weights stay FP32.
 */
public record RoleEncodings(Encoding weights, Encoding activations, Encoding gradients) implements TrainingNumerics {

    /** Suffix of a label whose gradients alone round stochastically, the int8 training recipe's choice. */
    public static final String GRADIENT_SR_SUFFIX = "-grad-sr";

    public static RoleEncodings uniform(Encoding encoding) {
        return new RoleEncodings(encoding, encoding, encoding);
    }

    @Override public Gemm forwardGemm() { return Gemms.of(activations, weights); }

    @Override public Gemm inputGradientGemm() { return Gemms.of(gradients, weights); }

    @Override public Gemm weightGradientGemm() { return Gemms.of(activations, gradients); }

    @Override
    public float[] activations(float[] x, int batch, int features, float[] buffer, SplittableRandom rng) { return x; }

    @Override
    public float[] outputGradients(float[] g, int batch, int features, float[] buffer, SplittableRandom rng) { return g; }

    @Override
    public float[] weights(Parameter w, float[] buffer, SplittableRandom rng) { return w.compute(); }

    @Override public void prepare(List<Parameter> parameters, SplittableRandom rng) {}

    @Override public void afterStep(List<Parameter> parameters, SplittableRandom rng) {}

    /**
     * {@code hbfp8} when uniform, {@code int8-dynamic-grad-sr} when only the gradients add stochastic rounding to
     * one encoding, else {@code w=hbfp8,a=hbfp8,g=fp32}.
     */
    @Override
    public String label() {
        String w = weights.name(), a = activations.name(), g = gradients.name();
        if (w.equals(a) && w.equals(g)) return w;
        if (w.equals(a) && g.equals(w + "-sr")) return w + GRADIENT_SR_SUFFIX;
        return "w=" + w + ",a=" + a + ",g=" + g;
    }
}
