package org.coltrain.sim.numerics.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every encoding promises, run over every implementation and both rounding modes. */
class EncodingContractTest {

    private static float[] gaussian(long seed, int n, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (rng.nextGaussian() * scale);
        return x;
    }

    private static float[] quantize(Encoding enc, float[] x, long seed) {
        float[] out = new float[x.length];
        enc.quantize(x, 0, x.length, out, 0, new SplittableRandom(seed));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16", "fp16", "fixed8-static", "fixed16", "int8-dynamic", "int4-dynamic", "hbfp8",
            "hbfp6", "hbfp4", "hbfp12"})
    void nearestRoundingIsIdempotentSignSymmetricAndKeepsZero(String name) {
        Encoding enc = Encodings.byName(name);
        float[] x = gaussian(1, 500, 0.5);
        float[] once = quantize(enc, x, 0), twice = quantize(enc, once, 0);
        // a per-tensor scale is re-derived from the rounded maximum, (float) (127 * s) / 127, maybe one FP32 ulp off
        boolean rescaled = enc instanceof DynamicIntEncoding;
        for (int i = 0; i < x.length; i++)
            assertEquals(once[i], twice[i], rescaled ? Math.ulp(once[i]) : 0f, "idempotent at " + i);
        float[] negated = new float[x.length];
        for (int i = 0; i < x.length; i++) negated[i] = -x[i];
        float[] qn = quantize(enc, negated, 0);
        for (int i = 0; i < x.length; i++) assertEquals(-once[i], qn[i], 0f, "sign symmetric at " + i);
        assertArrayEquals(new float[7], quantize(enc, new float[7], 0), "zero stays zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bf16-sr", "fp16-sr", "fixed8-sr", "int8-dynamic-sr", "hbfp8-sr", "hbfp4-sr"})
    void stochasticRoundingRepeatsWithTheSeedAndVariesWithout(String name) {
        Encoding enc = Encodings.byName(name);
        float[] x = gaussian(2, 500, 0.5);
        assertArrayEquals(quantize(enc, x, 11), quantize(enc, x, 11));
        assertNotEquals(java.util.Arrays.toString(quantize(enc, x, 11)), java.util.Arrays.toString(quantize(enc, x, 12)));
        assertThrows(NullPointerException.class, () -> enc.quantize(x, 0, 1, new float[1], 0, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16", "fp16-sr", "fixed8-static", "fixed8-static-sr", "int8-dynamic",
            "int4-dynamic-sr", "hbfp8", "hbfp8-sr", "hbfp4"})
    void theNameIsTheExactVariantAndReadsBack(String name) {
        assertEquals(name, Encodings.byName(name).name());
    }

    /** Rows along the dot product, or columns: what a GEMM's A and B operands are. */
    @ParameterizedTest
    @ValueSource(strings = {"fp32", "bf16", "fp16-sr", "fixed8-static", "fixed8-sr", "fixed16", "hbfp8", "hbfp8-sr",
            "hbfp4", "hbfp12-sr"})
    void anOperandIsRoundedVectorByVectorInDrawOrder(String name) {
        Encoding enc = Encodings.byName(name);
        int rows = 30, cols = 53;
        float[] x = gaussian(3, rows * cols, 2);
        float[] byRows = new float[x.length], expected = new float[x.length];
        enc.quantizeOperand(x, rows, cols, true, byRows, new SplittableRandom(5));
        SplittableRandom rng = new SplittableRandom(5);
        for (int r = 0; r < rows; r++) enc.quantize(x, r * cols, cols, expected, r * cols, rng);
        assertArrayEquals(expected, byRows, "rows");
        float[] byColumns = new float[x.length], column = new float[rows];
        enc.quantizeOperand(x, rows, cols, false, byColumns, new SplittableRandom(5));
        rng = new SplittableRandom(5);
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) column[r] = x[r * cols + c];
            enc.quantize(column, 0, rows, column, 0, rng);
            for (int r = 0; r < rows; r++) expected[r * cols + c] = column[r];
        }
        assertArrayEquals(expected, byColumns, "columns");
    }

    @ParameterizedTest
    @ValueSource(strings = {"int8-dynamic", "int8-dynamic-sr"})
    void aPerTensorOperandTakesOneScaleForTheWholeMatrix(String name) {
        DynamicIntEncoding enc = (DynamicIntEncoding) Encodings.byName(name);
        int rows = 30, cols = 53;
        float[] x = gaussian(3, rows * cols, 2);
        x[17] = 40f; // one large value sets the scale of every row: 40 / 127
        float[] q = new float[x.length];
        double[] scales = new double[cols];
        enc.encodeOperand(x, rows, cols, false, q, scales, new SplittableRandom(5));
        for (double s : scales) assertEquals(40f / 127, s, 0);
        assertEquals(127f, q[17]);
        float[] out = new float[x.length];
        enc.quantizeOperand(x, rows, cols, true, out, new SplittableRandom(5));
        for (int i = 0; i < x.length; i++)
            assertEquals(Math.rint(out[i] / (40f / 127)) * (40f / 127), out[i], Math.ulp(out[i]), "on the grid at " + i);
    }
}
