package org.coltrain.sim.numerics.gemm;

import java.util.SplittableRandom;

/** Plain FP32 GEMM, the baseline every emulated kernel is compared with: no quantization, FP32 accumulation. */
public final class Fp32Gemm implements Gemm {

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        Matrices.multiplyFloat(a, b, c, m, n, k);
    }

    @Override
    public String name() { return "fp32"; }
}
