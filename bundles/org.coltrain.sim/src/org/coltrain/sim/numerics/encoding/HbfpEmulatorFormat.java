package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * HBFPEmulator's conversion of FP32 tensors to block floating point (parsa-epfl/HBFPEmulator, bfp/bfp_ops.py:
 * {@code get_exponent}, {@code _float_to_bfp}, {@code float_to_bfp_batched}, {@code float_to_bfp_tiled}; REFERENCES.md),
 * applied to groups of a row-major matrix ({@code out} may be {@code x}): each group shares the exponent {@code e = ceil(log2 max|x|)}, values
 * round to multiples of the step {@code 2^(e - m)} (to nearest even, or stochastically with probability equal to
 * the fraction) and are clamped to {@code +-(2^e - step)}: the emulator's clamp, so a largest element within half a
 * step below a power of two keeps {@code e} and saturates at {@code 2^m - 1} steps (where {@link HbfpEncoding}
 * raises the exponent instead). Groups: {@link #roundRows rows} (the emulator's "batched" form: one exponent per
 * sample, or per output channel of a weight), {@link #roundColumns columns} and {@link #roundTiles square tiles}
 * (its optimiser's form for weights). Random draws go group by group, row-major within a group.
 *
 * <p>Differences, both at the edges of the range: the emulator adds 1e-8 to the maximum before the logarithm (it
 * moves {@code e} only for maxima below about 1e-7, or within 1e-8 above a power of two), left out here; and the
 * arithmetic is in double, so FLT_MAX saturates at {@code 2^128 - 2^(128 - m)} where the emulator's FP32 arithmetic
 * overflows to infinity. Non-finite input is rejected.
 *
 * @param spec the HBFP spec whose width gives {@code m = totalBits - 1} (the emulator's {@code mant_bits}) and whose
 *             rounding is used; its block size and exponent width are not (groups come from the method)
 */
public record HbfpEmulatorFormat(EncodingSpec spec) {

    public HbfpEmulatorFormat {
        if (spec.kind() != EncodingSpec.Kind.HBFP) throw new IllegalArgumentException("not HBFP: " + spec);
    }

    public int mantissaBits() { return spec.totalBits() - 1; }

    /** One exponent per row. */
    public void roundRows(float[] x, int rows, int cols, float[] out, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        for (int r = 0; r < rows; r++) roundGroup(x, cols, r, r + 1, 0, cols, out, draw);
    }

    /** One exponent per column. */
    public void roundColumns(float[] x, int rows, int cols, float[] out, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        for (int c = 0; c < cols; c++) roundGroup(x, cols, 0, rows, c, c + 1, out, draw);
    }

    /** One exponent per {@code tile x tile} square, tiles aligned at (0, 0) and cut short at the edges. */
    public void roundTiles(float[] x, int rows, int cols, int tile, float[] out, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        for (int r0 = 0; r0 < rows; r0 += tile)
            for (int c0 = 0; c0 < cols; c0 += tile)
                roundGroup(x, cols, r0, Math.min(rows, r0 + tile), c0, Math.min(cols, c0 + tile), out, draw);
    }

    private void roundGroup(float[] x, int cols, int r0, int r1, int c0, int c1, float[] out, SplittableRandom draw) {
        float top = 0f;
        for (int r = r0; r < r1; r++)
            for (int c = c0; c < c1; c++) top = Math.max(top, Math.abs(x[r * cols + c]));
        if (!Float.isFinite(top)) throw new IllegalArgumentException("HBFP cannot encode " + top);
        if (top == 0f) {
            for (int r = r0; r < r1; r++) java.util.Arrays.fill(out, r * cols + c0, r * cols + c1, 0f);
            return;
        }
        double max = top; // in double, so subnormal maxima get their true exponent
        int floorLog2 = Math.getExponent(max);
        int e = max == Math.scalb(1.0, floorLog2) ? floorLog2 : floorLog2 + 1;
        double step = Math.scalb(1.0, e - mantissaBits()), toSteps = Math.scalb(1.0, mantissaBits() - e);
        double limit = Math.scalb(1.0, e) - step;
        for (int r = r0; r < r1; r++)
            for (int c = c0; c < c1; c++) {
                double value = Rounding.toInteger(x[r * cols + c] * toSteps, draw) * step;
                out[r * cols + c] = (float) Math.max(-limit, Math.min(limit, value));
            }
    }

    /** {@code hbfp8-emu} or {@code hbfp8-emu-sr}. */
    public String name() {
        return "hbfp" + spec.totalBits() + "-emu" + Encodings.roundingSuffix(spec);
    }
}
