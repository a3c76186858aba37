package org.coltrain.sim.numerics.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.DynamicIntEncoding;
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
 * columns with {@link Encoding#quantize} (a per-tensor format: the whole operand as one range), then sum products
 * in the stated precision. The reference never sees the kernels' integer layout: HBFP and fixed-point products of
 * quantized FP32 values are exact in double, and so are their block sums (under 2^53 units); a per-tensor
 * integer's values are (float) (q * scale), so its integers are read back as rint(value / scale). Equality bit
 * for bit checks the integer arithmetic, the chunking of long blocks and the rescaling.
 */
class GemmReferenceTest {

    // 7 rows (a 4-row tile and 3 left over), 517 columns (crosses the 512-wide strip), k = 50 (two full 24-blocks
    // and a partial one; steps of 4 along k with a tail)
    private static final int M = 7, N = 517, K = 50;

    static float[] matrix(long seed, int rows, int cols) {
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
        float[] qa = new float[m * k], qbt = new float[n * k], bt = new float[n * k];
        if (ea instanceof DynamicIntEncoding) ea.quantize(a, 0, m * k, qa, 0, rng);
        else for (int i = 0; i < m; i++) ea.quantize(a, i * k, k, qa, i * k, rng);
        for (int j = 0; j < n; j++)
            for (int p = 0; p < k; p++) bt[j * k + p] = b[p * n + j];
        if (eb instanceof DynamicIntEncoding) eb.quantize(bt, 0, n * k, qbt, 0, rng);
        else for (int j = 0; j < n; j++) eb.quantize(bt, j * k, k, qbt, j * k, rng);
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) c[i * n + j] = dot(ea, eb, qa, qbt, a, bt, i, j, k);
        return c;
    }

    private static float dot(Encoding ea, Encoding eb, float[] qa, float[] qbt, float[] a, float[] bt, int i, int j,
            int k) {
        if (ea instanceof HbfpEncoding ha && eb instanceof HbfpEncoding) {
            double acc = 0; // wide accumulator, one exact block sum added per block in order of k
            for (int p0 = 0; p0 < k; p0 += ha.blockSize()) {
                double block = 0;
                for (int p = p0; p < Math.min(k, p0 + ha.blockSize()); p++) block += (double) qa[i * k + p] * qbt[j * k + p];
                acc += block;
            }
            return (float) acc;
        }
        if (integer(ea) && integer(eb)) {
            // exact integer sum, one rescale by the product of the two scales, one rounding to FP32
            double sa = scale(ea, a), sb = scale(eb, bt);
            long sum = 0;
            for (int p = 0; p < k; p++) sum += Math.round(qa[i * k + p] / sa) * Math.round(qbt[j * k + p] / sb);
            return (float) (sum * (sa * sb));
        }
        float sum = 0f; // FP32 MACs in order of k
        for (int p = 0; p < k; p++) sum += qa[i * k + p] * qbt[j * k + p];
        return sum;
    }

    private static boolean integer(Encoding e) {
        return e instanceof FixedPointEncoding || e instanceof DynamicIntEncoding;
    }

    private static double scale(Encoding e, float[] whole) {
        if (e instanceof DynamicIntEncoding d) return d.scale(whole, 0, whole.length);
        return Math.scalb(1.0, -e.spec().fractionBits());
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"fp32, fp32", "bf16, bf16", "fp16, fp16", "bf16, fp32", "fixed8-static, fixed8-static",
            "fixed16, fixed16", "fixed8, fixed12", "int8-dynamic, int8-dynamic", "int8-dynamic-sr, int8-dynamic",
            "fixed8-static, int8-dynamic", "int4-dynamic, int16-dynamic", "hbfp8, hbfp8", "hbfp6, hbfp6",
            "hbfp4, hbfp4", "hbfp8, hbfp4", "hbfp12, hbfp12", "hbfp13, hbfp13", "hbfp16, hbfp16", "bf16-sr, bf16-sr",
            "fp16-sr, fp16", "fixed8-sr, fixed8-sr", "hbfp8-sr, hbfp8-sr", "hbfp4-sr, hbfp8", "hbfp8, fp32",
            "hbfp8, fixed8-static", "int8-dynamic-sr, fp32"})
    void kernelEqualsTheSlowReferenceBitForBit(String nameA, String nameB) {
        assertKernelEqualsReference(Encodings.byName(nameA), Encodings.byName(nameB), M, N, K);
    }

    @ParameterizedTest(name = "{0} x {1}, k = 2100")
    @CsvSource({"fixed8-static, fixed8-static", "int8-dynamic, int8-dynamic-sr", "fixed12, fixed12", "fp32, fp32"})
    void longDotProductsAddTheirExactChunksWithoutLosingBits(String nameA, String nameB) {
        // fixed8 x fixed8: |q| <= 128, so 1024 products per FP32 chunk; k = 2100 needs three chunks
        assertKernelEqualsReference(Encodings.byName(nameA), Encodings.byName(nameB), 5, 9, 2100);
    }

    private static void assertKernelEqualsReference(Encoding ea, Encoding eb, int m, int n, int k) {
        float[] a = matrix(1, m, k), b = matrix(2, k, n);
        float[] fast = new float[m * n];
        Gemms.of(ea, eb).multiply(a, b, fast, m, n, k, new SplittableRandom(9));
        assertArrayEquals(reference(ea, eb, a, b, m, n, k, new SplittableRandom(9)), fast);
    }

    @Test
    void scratchIsReusedAcrossShapesWithoutLeakingOldValues() {
        for (String name : new String[] {"hbfp8", "fp32", "bf16", "int8-dynamic"}) {
            Encoding enc = Encodings.byName(name);
            Gemm kernel = Gemms.of(enc);
            float[] big = new float[40 * 530];
            kernel.multiply(matrix(3, 40, 60), matrix(4, 60, 530), big, 40, 530, 60, null);
            float[] a = matrix(5, 3, 10), b = matrix(6, 10, 5), c = new float[15];
            kernel.multiply(a, b, c, 3, 5, 10, null);
            assertArrayEquals(reference(enc, enc, a, b, 3, 5, 10, null), c, name);
        }
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

    @Test
    void aPerTensorIntegerProductIsOneIntegerSumTimesTheTwoScales() {
        // int8-dynamic, A = [1, 0.25] (scale 1/127: 127, 31.75 -> 32), B = [2; -2] (scale 2/127: 127, -127):
        // integer dot 127 * 127 - 32 * 127 = 12065, times the two FP32 scales (1/127) * (2/127): 1.4961 (FP32 is
        // 0.0025 off the exact 1 * 2 - 0.25 * 2 = 1.5: the rounding of 0.25 to 32/127)
        float[] c = new float[1];
        Gemms.of(Encodings.byName("int8-dynamic")).multiply(new float[] {1f, 0.25f}, new float[] {2f, -2f}, c, 1, 1, 2,
                null);
        assertEquals((float) (12065 * ((double) (1f / 127) * (double) (2f / 127))), c[0]);
        assertEquals(1.4961, c[0], 1e-4);
    }

    @Test
    void saturatedHbfpOperandsStayFinite() {
        // FLT_MAX saturates to 127 * 2^121; times 2^-100 per product the dot product is finite and equals the reference
        float[] a = matrix(11, 2, 30), b = matrix(12, 30, 3);
        a[0] = Float.MAX_VALUE;
        a[31] = -Float.MAX_VALUE;
        for (int i = 0; i < b.length; i++) b[i] = Math.scalb(b[i], -100);
        Encoding hbfp8 = Encodings.byName("hbfp8");
        float[] c = new float[6];
        Gemms.of(hbfp8).multiply(a, b, c, 2, 3, 30, null);
        assertArrayEquals(reference(hbfp8, hbfp8, a, b, 2, 3, 30, null), c);
        for (float v : c) assertTrue(Float.isFinite(v), "c = " + v);
    }
}
