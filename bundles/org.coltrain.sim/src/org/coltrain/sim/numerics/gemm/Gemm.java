package org.coltrain.sim.numerics.gemm;

import java.util.SplittableRandom;

/**
 * A matrix multiply as a datapath computes it: {@code C = A * B} with A {@code m x k}, B {@code k x n} and C
 * {@code m x n}, all row-major FP32 arrays; C is overwritten. Each kernel quantizes its operands with its
 * encodings, A by rows and then B by columns (the vectors along the dot-product dimension {@code k}), drawing
 * random bits for stochastic rounding in that order, so one stream state gives one result bit for bit. Every
 * kernel equals a slow triple loop written from its datapath's definition (GemmReferenceTest); the speed comes from
 * layout alone (packed strips of B, small register tiles that C2 vectorises), never from reordering a sum whose
 * rounding depends on the order.
 *
 * <p>Kernels keep scratch arrays between calls (grown on demand, never per element): one instance per thread.
 * Create them with {@link Gemms#of}.
 */
public sealed interface Gemm permits Fp32Gemm, QuantizedFloatGemm, IntegerGemm {

    void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng);

    /** Short label for tables: the operand encodings, for example {@code hbfp8} or {@code hbfp8 x fp32}. */
    String name();
}
