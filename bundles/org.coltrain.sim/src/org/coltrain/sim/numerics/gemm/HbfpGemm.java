package org.coltrain.sim.numerics.gemm;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.HbfpEncoding;

/**
 * An HBFP dot-product unit (Drumond et al., NeurIPS 2018, section 4): rows of A and columns of B are cut into
 * blocks along {@code k}; within a block the integer mantissas are multiplied and summed exactly (fixed-point
 * MACs), the block sum is rescaled once by {@code 2^(ea - ma) * 2^(eb - mb)} into a wide (double) accumulator, and
 * the dot product is rounded to FP32 at the end. Blocks are summed in order of {@code k}.
 *
 * <p>The block sum uses int lanes when {@code blockSize * maxMantissaA * maxMantissaB} fits in 31 bits (hbfp8 with
 * 24-wide blocks needs 19), long lanes otherwise; both are exact. The rescale multiplies by two powers of two,
 * exact in double for any block of finite FP32 inputs.
 */
public final class HbfpGemm implements Gemm {

    private final HbfpEncoding encodingA;
    private final HbfpEncoding encodingB;
    private float[] bt = new float[0];
    private int[] qa = new int[0], ea = new int[0], qbt = new int[0], ebt = new int[0], qb = new int[0];
    private int[] blockInt = new int[0];
    private long[] blockLong = new long[0];
    private double[] sa = new double[0], sb = new double[0], acc = new double[0];

    public HbfpGemm(HbfpEncoding encodingA, HbfpEncoding encodingB) {
        if (encodingA.blockSize() != encodingB.blockSize())
            throw new IllegalArgumentException("HBFP operands need one block size along k, not "
                    + encodingA.blockSize() + " and " + encodingB.blockSize());
        this.encodingA = encodingA;
        this.encodingB = encodingB;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        int block = encodingA.blockSize();
        int blocks = encodingA.blockCount(k);
        encodeOperands(a, b, m, n, k, blocks, rng);
        long bound = (long) block * encodingA.maxMantissa() * encodingB.maxMantissa();
        acc = Matrices.grow(acc, Matrices.TILE_N);
        for (int j0 = 0; j0 < n; j0 += Matrices.TILE_N) {
            int width = Math.min(n, j0 + Matrices.TILE_N) - j0;
            for (int i = 0; i < m; i++) {
                Arrays.fill(acc, 0, width, 0.0);
                for (int kb = 0; kb < blocks; kb++) {
                    int p0 = kb * block, p1 = Math.min(k, p0 + block);
                    if (bound <= Integer.MAX_VALUE) blockInt(i, j0, width, p0, p1, n, k, sa[i * blocks + kb], kb);
                    else blockLong(i, j0, width, p0, p1, n, k, sa[i * blocks + kb], kb);
                }
                for (int j = 0; j < width; j++) c[i * n + j0 + j] = (float) acc[j];
            }
        }
    }

    private void blockInt(int i, int j0, int width, int p0, int p1, int n, int k, double scaleA, int kb) {
        int[] sum = blockInt;
        Arrays.fill(sum, 0, width, 0);
        for (int p = p0; p < p1; p++) {
            int av = qa[i * k + p];
            int bp = p * n + j0;
            for (int j = 0; j < width; j++) sum[j] += av * qb[bp + j];
        }
        int sbRow = kb * n + j0;
        for (int j = 0; j < width; j++) acc[j] += sum[j] * scaleA * sb[sbRow + j];
    }

    private void blockLong(int i, int j0, int width, int p0, int p1, int n, int k, double scaleA, int kb) {
        long[] sum = blockLong;
        Arrays.fill(sum, 0, width, 0L);
        for (int p = p0; p < p1; p++) {
            long av = qa[i * k + p];
            int bp = p * n + j0;
            for (int j = 0; j < width; j++) sum[j] += av * qb[bp + j];
        }
        int sbRow = kb * n + j0;
        for (int j = 0; j < width; j++) acc[j] += sum[j] * scaleA * sb[sbRow + j];
    }

    /** Mantissas of A (m x k) and B (k x n, via its transpose) and the per-block scales 2^(e - m). */
    private void encodeOperands(float[] a, float[] b, int m, int n, int k, int blocks, SplittableRandom rng) {
        qa = Matrices.grow(qa, m * k);
        ea = Matrices.grow(ea, m * blocks);
        bt = Matrices.grow(bt, n * k);
        qbt = Matrices.grow(qbt, n * k);
        ebt = Matrices.grow(ebt, n * blocks);
        qb = Matrices.grow(qb, k * n);
        sa = Matrices.grow(sa, m * blocks);
        sb = Matrices.grow(sb, blocks * n);
        blockInt = Matrices.grow(blockInt, Matrices.TILE_N);
        blockLong = Matrices.grow(blockLong, Matrices.TILE_N);
        for (int i = 0; i < m; i++) encodingA.encode(a, i * k, k, qa, i * k, ea, i * blocks, rng);
        Matrices.transpose(b, k, n, bt);
        for (int j = 0; j < n; j++) encodingB.encode(bt, j * k, k, qbt, j * k, ebt, j * blocks, rng);
        Matrices.transpose(qbt, n, k, qb);
        for (int i = 0; i < m * blocks; i++) sa[i] = Math.scalb(1.0, ea[i] - encodingA.mantissaBits());
        for (int j = 0; j < n; j++)
            for (int kb = 0; kb < blocks; kb++)
                sb[kb * n + j] = Math.scalb(1.0, ebt[j * blocks + kb] - encodingB.mantissaBits());
    }

    @Override
    public String name() { return Gemms.label(encodingA, encodingB); }
}
