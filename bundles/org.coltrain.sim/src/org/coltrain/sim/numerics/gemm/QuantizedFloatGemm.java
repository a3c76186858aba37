package org.coltrain.sim.numerics.gemm;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;

/**
 * A floating-point MAC array fed with narrow operands (BF16, FP16) and accumulating in FP32, as tensor units do:
 * operands are rounded to their encodings, then multiplied and summed in FP32 in order of {@code k}. BF16 x BF16
 * and FP16 x FP16 products fit FP32's 24-bit significand, so only the accumulation rounds. Also the fallback for
 * operand pairs of different families, where it models a front end that converts both to FP32.
 */
public final class QuantizedFloatGemm implements Gemm {

    private final Encoding encodingA;
    private final Encoding encodingB;
    private final Fp32Kernel kernel = new Fp32Kernel();
    private float[] qa = new float[0], qb = new float[0];

    public QuantizedFloatGemm(Encoding encodingA, Encoding encodingB) {
        this.encodingA = encodingA;
        this.encodingB = encodingB;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        qa = Matrices.grow(qa, m * k);
        qb = Matrices.grow(qb, k * n);
        encodingA.quantizeOperand(a, m, k, true, qa, rng);
        encodingB.quantizeOperand(b, k, n, false, qb, rng);
        kernel.multiply(qa, qb, c, m, n, k);
    }

    @Override
    public String name() { return Gemms.label(encodingA, encodingB); }
}
