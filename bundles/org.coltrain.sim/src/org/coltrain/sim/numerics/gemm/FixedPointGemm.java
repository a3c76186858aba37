package org.coltrain.sim.numerics.gemm;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.FixedPointEncoding;

/**
 * An integer MAC array: operands become raw two's complement integers, products are summed exactly over the whole
 * dot product, and the sum is rescaled once by {@code 2^-(fa + fb)} and rounded to FP32. The sum uses int lanes
 * when {@code k * |max raw A| * |max raw B|} provably fits in 31 bits (fast, still exact), long lanes otherwise.
 */
public final class FixedPointGemm implements Gemm {

    private final FixedPointEncoding encodingA;
    private final FixedPointEncoding encodingB;
    private float[] bt = new float[0];
    private int[] qa = new int[0], qbt = new int[0], qb = new int[0], accInt = new int[0];
    private long[] accLong = new long[0];

    public FixedPointGemm(FixedPointEncoding encodingA, FixedPointEncoding encodingB) {
        this.encodingA = encodingA;
        this.encodingB = encodingB;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k, SplittableRandom rng) {
        qa = Matrices.grow(qa, m * k);
        bt = Matrices.grow(bt, n * k);
        qbt = Matrices.grow(qbt, n * k);
        qb = Matrices.grow(qb, k * n);
        for (int i = 0; i < m * k; i++) qa[i] = encodingA.encode(a[i], rng);
        Matrices.transpose(b, k, n, bt);
        for (int i = 0; i < n * k; i++) qbt[i] = encodingB.encode(bt[i], rng);
        Matrices.transpose(qbt, n, k, qb);
        // value = raw * 2^-f, so a product of raws carries 2^-(fa + fb)
        double scale = Math.scalb(1.0, -(encodingA.spec().fractionBits() + encodingB.spec().fractionBits()));
        long bound = (long) k * -encodingA.minRaw() * -encodingB.minRaw();
        if (bound <= Integer.MAX_VALUE) multiplyInt(c, m, n, k, scale);
        else multiplyLong(c, m, n, k, scale);
    }

    private void multiplyInt(float[] c, int m, int n, int k, double scale) {
        accInt = Matrices.grow(accInt, Matrices.TILE_N);
        for (int j0 = 0; j0 < n; j0 += Matrices.TILE_N) {
            int width = Math.min(n, j0 + Matrices.TILE_N) - j0;
            for (int i = 0; i < m; i++) {
                Arrays.fill(accInt, 0, width, 0);
                for (int p = 0; p < k; p++) {
                    int av = qa[i * k + p];
                    int bp = p * n + j0;
                    for (int j = 0; j < width; j++) accInt[j] += av * qb[bp + j];
                }
                for (int j = 0; j < width; j++) c[i * n + j0 + j] = (float) (accInt[j] * scale);
            }
        }
    }

    private void multiplyLong(float[] c, int m, int n, int k, double scale) {
        accLong = Matrices.grow(accLong, Matrices.TILE_N);
        for (int j0 = 0; j0 < n; j0 += Matrices.TILE_N) {
            int width = Math.min(n, j0 + Matrices.TILE_N) - j0;
            for (int i = 0; i < m; i++) {
                Arrays.fill(accLong, 0, width, 0L);
                for (int p = 0; p < k; p++) {
                    long av = qa[i * k + p];
                    int bp = p * n + j0;
                    for (int j = 0; j < width; j++) accLong[j] += av * qb[bp + j];
                }
                for (int j = 0; j < width; j++) c[i * n + j0 + j] = (float) (accLong[j] * scale);
            }
        }
    }

    @Override
    public String name() { return Gemms.label(encodingA, encodingB); }
}
