package org.coltrain.sim.numerics.gemm;

import java.util.SplittableRandom;

/** Plain FP32 GEMM, the baseline every emulated kernel is compared with: no quantization, FP32 MACs in order. */
public final class Fp32Gemm implements Gemm {

    private final Fp32Kernel kernel = new Fp32Kernel();

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        kernel.multiply(a, b, c, m, n, k);
    }

    @Override
    public String name() { return "fp32"; }
}
