package org.coltrain.sim.numerics.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.encoding.FixedPointEncoding;
import org.coltrain.sim.numerics.encoding.HbfpEncoding;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fast kernel against a slow triple loop written from the datapath's definition: quantize A's rows and B's
 * columns with {@link Encoding#quantize}, then sum products in the stated precision. The reference never sees
 * integer mantissas: HBFP and fixed-point products of quantized FP32 values are exact in double, and so are their
 * block sums (under 2^53 units), so equality bit for bit checks the integer arithmetic and the rescaling.
 */
class GemmReferenceTest {

    // 7 rows, 133 columns (crosses the 128-wide tile), k = 50 (two full 24-blocks and a partial one)
    private static final int M = 7, N = 133, K = 50;

    private static float[] matrix(long seed, int rows, int cols) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[rows * cols];
        // rows at different scales exercise the shared exponents
        for (int r = 0; r < rows; r++) {
            double scale = Math.scalb(1.0, rng.nextInt(-6, 3));
            for (int c = 0; c < cols; c++) x[r * cols + c] = (float) (rng.nextGaussian() * scale);
        }
        return x;
    }

    static float[] reference(Encoding ea, Encoding eb, float[] a, float[] b, int m, int n, int k, SplittableRandom rng) {
        float[] qa = new float[m * k], qb = new float[k * n], column = new float[k];
        for (int i = 0; i < m; i++) ea.quantize(a, i * k, k, qa, i * k, rng);
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) column[p] = b[p * n + j];
            eb.quantize(column, 0, k, column, 0, rng);
            for (int p = 0; p < k; p++) qb[p * n + j] = column[p];
        }
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) c[i * n + j] = dot(ea, eb, qa, qb, i, j, n, k);
        return c;
    }

    private static float dot(Encoding ea, Encoding eb, float[] qa, float[] qb, int i, int j, int n, int k) {
        if (ea instanceof HbfpEncoding ha && eb instanceof HbfpEncoding) {
            double acc = 0; // wide accumulator, one exact block sum added per block in order of k
            for (int p0 = 0; p0 < k; p0 += ha.blockSize()) {
                double block = 0;
                for (int p = p0; p < Math.min(k, p0 + ha.blockSize()); p++) block += (double) qa[i * k + p] * qb[p * n + j];
                acc += block;
            }
            return (float) acc;
        }
        if (ea instanceof FixedPointEncoding && eb instanceof FixedPointEncoding) {
            double sum = 0; // exact integer sum, one rounding to FP32
            for (int p = 0; p < k; p++) sum += (double) qa[i * k + p] * qb[p * n + j];
            return (float) sum;
        }
        float sum = 0f; // FP32 MACs
        for (int p = 0; p < k; p++) sum += qa[i * k + p] * qb[p * n + j];
        return sum;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"fp32, fp32", "bf16, bf16", "fp16, fp16", "bf16, fp32", "fixed8, fixed8", "fixed16, fixed16",
            "fixed8, fixed12", "hbfp8, hbfp8", "hbfp6, hbfp6", "hbfp4, hbfp4", "hbfp8, hbfp4", "hbfp16, hbfp16",
            "bf16-sr, bf16-sr", "fixed8-sr, fixed8-sr", "hbfp8-sr, hbfp8-sr", "hbfp4-sr, hbfp8", "hbfp8, fp32"})
    void kernelEqualsTheSlowReferenceBitForBit(String nameA, String nameB) {
        Encoding ea = Encodings.byName(nameA), eb = Encodings.byName(nameB);
        float[] a = matrix(1, M, K), b = matrix(2, K, N);
        float[] fast = new float[M * N];
        Gemms.of(ea, eb).multiply(a, b, fast, M, N, K, new SplittableRandom(9));
        assertArrayEquals(reference(ea, eb, a, b, M, N, K, new SplittableRandom(9)), fast);
    }

    @Test
    void scratchIsReusedAcrossShapesWithoutLeakingOldValues() {
        Encoding hbfp = Encodings.byName("hbfp8");
        Gemm kernel = Gemms.of(hbfp);
        float[] big = new float[40 * 40];
        kernel.multiply(matrix(3, 40, 60), matrix(4, 60, 40), big, 40, 40, 60, null);
        float[] a = matrix(5, 3, 10), b = matrix(6, 10, 5), c = new float[15];
        kernel.multiply(a, b, c, 3, 5, 10, null);
        assertArrayEquals(reference(hbfp, hbfp, a, b, 3, 5, 10, null), c);
    }

    @Test
    void hbfpBlockSizesMustAgree() {
        HbfpEncoding b24 = new HbfpEncoding(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST));
        HbfpEncoding b16 = new HbfpEncoding(EncodingSpec.hbfp(8, 16, 10, EncodingSpec.Rounding.NEAREST));
        assertThrows(IllegalArgumentException.class, () -> Gemms.of(b24, b16));
        float[] a = matrix(7, 4, 37), b = matrix(8, 37, 6), c = new float[24];
        Gemms.of(b16).multiply(a, b, c, 4, 6, 37, null);
        assertArrayEquals(reference(b16, b16, a, b, 4, 6, 37, null), c);
    }

    @Test
    void theKernelMatchesTheHardwareOnAHandWorkedExample() {
        // hbfp4 (3 magnitude bits), k = 2: A = [0.75, 0.2], B = [0.5; -0.125]
        // A block: e = 0, step 1/8: 0.75 -> 6, 0.2 * 8 = 1.6 -> 2; B block: max 0.5 -> e = -1 but 0.5 * 2^4 = 8 > 7,
        // so e = 0, step 1/8: 0.5 -> 4, -0.125 -> -1. Integer dot 6 * 4 + 2 * -1 = 22, rescale 2^-3 * 2^-3: 22/64
        float[] c = new float[1];
        Gemms.of(Encodings.byName("hbfp4")).multiply(new float[] {0.75f, 0.2f}, new float[] {0.5f, -0.125f}, c,
                1, 1, 2, null);
        assertEquals(22f / 64, c[0]);
    }
}
