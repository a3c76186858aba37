package org.coltrain.sim.numerics.gemm;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.HbfpEncoding;
import org.coltrain.sim.numerics.encoding.IntegerEncoding;

/**
 * An integer dot-product unit fed by two integer formats: HBFP (Drumond et al., NeurIPS 2018, section 4: the
 * mantissas of a block are multiplied and summed exactly as fixed-point MACs, the block sum is rescaled once by
 * {@code 2^(ea - ma) * 2^(eb - mb)} into a wide accumulator), static fixed point and per-tensor integers (one
 * block spanning the whole dot product: exact integer sum, one rescale by the two scales). The wide accumulator is
 * a double; the dot product is rounded to FP32 at the end; blocks are summed in order of {@code k}.
 *
 * <p>HBFP operands must share their block size; fixed point and per-tensor integers mix freely.
 */
public final class IntegerGemm implements Gemm {

    private final IntegerEncoding encodingA;
    private final IntegerEncoding encodingB;
    private final ExactIntegerKernel exact = new ExactIntegerKernel();
    private final WideIntegerKernel wide = new WideIntegerKernel();
    private float[] qa = new float[0], qb = new float[0];
    private double[] sa = new double[0], sb = new double[0];

    public IntegerGemm(IntegerEncoding encodingA, IntegerEncoding encodingB) {
        if (encodingA.scaleBlock() != encodingB.scaleBlock())
            throw new IllegalArgumentException("integer operands need one scale block along k, not "
                    + encodingA.scaleBlock() + " (" + encodingA.name() + ") and " + encodingB.scaleBlock() + " ("
                    + encodingB.name() + ")");
        this.encodingA = encodingA;
        this.encodingB = encodingB;
    }

    /** True when the kernel can take the pair: both HBFP with one block size, or both without blocks. */
    public static boolean accepts(IntegerEncoding a, IntegerEncoding b) {
        return (a instanceof HbfpEncoding) == (b instanceof HbfpEncoding) && a.scaleBlock() == b.scaleBlock();
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        int block = encodingA.scaleBlock() == 0 ? Math.max(1, k) : encodingA.scaleBlock();
        int blocks = encodingA.scaleCount(k);
        qa = Matrices.grow(qa, m * k);
        qb = Matrices.grow(qb, k * n);
        sa = Matrices.grow(sa, m * blocks);
        sb = Matrices.grow(sb, blocks * n);
        encodingA.encodeOperand(a, m, k, true, qa, sa, rng);
        encodingB.encodeOperand(b, k, n, false, qb, sb, rng);
        int chunk = ExactIntegerKernel.exactChunk(encodingA.maxMagnitude(), encodingB.maxMagnitude());
        if (chunk >= 1) exact.multiply(qa, sa, qb, sb, c, m, n, k, block, chunk);
        else wide.multiply(qa, sa, qb, sb, c, m, n, k, block);
    }

    @Override
    public String name() { return Gemms.label(encodingA, encodingB); }
}
