package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * Symmetric integers with one dynamic scale per tensor, the scheme of standard int8 training and inference
 * (Jacob et al., CVPR 2018, section 2.1, with the zero point at 0; Wu et al., arXiv 2004.09602, symmetric
 * "scale" quantization with max calibration): {@code scale = max|x| / (2^(T-1) - 1)} over the tensor, in FP32,
 * recomputed every time a tensor is rounded, and {@code q = round(x / scale)} in [-(2^(T-1) - 1), 2^(T-1) - 1]
 * (the narrow symmetric range, so negation is exact). A value is {@code q * scale}, rounded once to FP32; integer MACs sum exactly and the sum is
 * scaled once by the two operands' scales. Non-finite input is rejected (its maximum would set no usable scale).
 *
 * <p>The spec is the fixed-point kind with no fraction bits: the datapath is a T-bit integer MAC array, the scale
 * a per-tensor multiplier outside it.
 */
public record DynamicIntEncoding(EncodingSpec spec) implements IntegerEncoding {

    public DynamicIntEncoding {
        if (spec.kind() != EncodingSpec.Kind.FIXED || spec.fractionBits() != 0)
            throw new IllegalArgumentException("not a plain integer spec: " + spec);
    }

    @Override public int maxMagnitude() { return (int) ((1L << (spec.totalBits() - 1)) - 1); }

    @Override public int scaleBlock() { return 0; }

    /** {@code int8-dynamic}, {@code int8-dynamic-sr}. */
    @Override
    public String name() {
        return "int" + spec.totalBits() + Encodings.DYNAMIC_SUFFIX + Encodings.roundingSuffix(spec);
    }

    /** The tensor's scale: its largest magnitude over the largest integer, or 0 for an all-zero tensor. */
    public float scale(float[] x, int from, int length) {
        float max = 0f;
        for (int i = from; i < from + length; i++) max = Math.max(max, Math.abs(x[i]));
        if (!Float.isFinite(max)) throw new IllegalArgumentException(name() + " cannot encode " + max);
        return max / maxMagnitude();
    }

    private double integer(float x, float scale, SplittableRandom draw) {
        if (scale == 0f) return 0;
        double rounded = Rounding.toInteger((double) x / scale, draw);
        return Math.max(-maxMagnitude(), Math.min(maxMagnitude(), rounded));
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        float scale = scale(x, from, length);
        for (int i = 0; i < length; i++) out[outFrom + i] = (float) (integer(x[from + i], scale, draw) * scale);
    }

    @Override
    public void encodeOperand(float[] x, int rows, int cols, boolean alongRows, float[] q, double[] scales,
            SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        float scale = scale(x, 0, rows * cols);
        if (alongRows || draw == null) {
            for (int i = 0; i < rows * cols; i++) q[i] = (float) integer(x[i], scale, draw);
        } else {
            for (int c = 0; c < cols; c++)
                for (int r = 0; r < rows; r++) q[r * cols + c] = (float) integer(x[r * cols + c], scale, draw);
        }
        java.util.Arrays.fill(scales, 0, alongRows ? rows : cols, scale);
    }
}
