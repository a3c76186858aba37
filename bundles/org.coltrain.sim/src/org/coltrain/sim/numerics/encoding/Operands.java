package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/** Helpers for rounding GEMM operands whose vectors along the dot product are columns. */
final class Operands {

    private Operands() {}

    /** Column by column through {@link Encoding#quantize}: the definition every faster path must equal. */
    static void quantizeColumns(Encoding encoding, float[] x, int rows, int cols, float[] out, SplittableRandom rng) {
        if (elementwiseInMemoryOrder(encoding)) {
            encoding.quantize(x, 0, rows * cols, out, 0, rng);
            return;
        }
        float[] column = new float[rows];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) column[r] = x[r * cols + c];
            encoding.quantize(column, 0, rows, column, 0, rng);
            for (int r = 0; r < rows; r++) out[r * cols + c] = column[r];
        }
    }

    /** Element-wise formats with nearest rounding ignore the vector structure, so memory order gives the same values. */
    private static boolean elementwiseInMemoryOrder(Encoding encoding) {
        boolean elementwise = encoding instanceof Fp32Encoding || encoding instanceof Bf16Encoding
                || encoding instanceof Fp16Encoding || encoding instanceof FixedPointEncoding;
        return elementwise && encoding.spec().rounding() == EncodingSpec.Rounding.NEAREST;
    }
}
