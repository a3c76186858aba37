package org.coltrain.sim.numerics.train;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Gemms;

/**
 * The encoding of each tensor role on the dot products (HBFP paper, section 4: weights, activations and output
 * gradients enter every GEMM in block floating point; all else stays FP32). A layer's three GEMMs take:
 * forward {@code activations x weights}, input gradient {@code gradients x weights}, weight gradient
 * {@code activations x gradients}.
 */
public record RoleEncodings(Encoding weights, Encoding activations, Encoding gradients) {

    public static RoleEncodings uniform(Encoding encoding) {
        return new RoleEncodings(encoding, encoding, encoding);
    }

    Gemm forwardGemm() { return Gemms.of(activations, weights); }

    Gemm inputGradientGemm() { return Gemms.of(gradients, weights); }

    Gemm weightGradientGemm() { return Gemms.of(activations, gradients); }

    /** {@code hbfp8} when uniform, else {@code w=hbfp8,a=hbfp8,g=fp32}. */
    public String label() {
        if (weights.name().equals(activations.name()) && weights.name().equals(gradients.name())) return weights.name();
        return "w=" + weights.name() + ",a=" + activations.name() + ",g=" + gradients.name();
    }
}
