package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/**
 * Hybrid block floating point (Drumond et al., NeurIPS 2018; REFERENCES.md, HBFP). A vector along the dot-product
 * dimension is cut into blocks of {@code blockSize} starting at its first element; each block stores one shared
 * exponent {@code e} and per element a sign plus {@code m = totalBits - 1} magnitude bits: the value is
 * {@code q * 2^(e - m)} with integer {@code |q| <= 2^m - 1} (sign-magnitude, so hbfp8 has 7 magnitude bits, the
 * HBFPEmulator's "bfp8").
 *
 * <p>Shared exponent: {@code e = ceil(log2 max|x|)} over the block, as in HBFPEmulator's {@code get_exponent}. Where
 * the largest element would round up to {@code 2^m} (it lies within half a step below a power of two) the emulator
 * clamps it to {@code 2^m - 1}; here the exponent is raised by one instead, as a normalising hardware unit does, so
 * every element stays within half a step of its block under nearest rounding, except at the top of FP32: a block
 * whose largest element lies within half a step of 2^128 (FLT_MAX does) keeps e = 128 and its largest mantissa
 * saturates at 2^m - 1, so every finite input decodes to a finite value. The exponent is then clamped to the
 * two's complement range of {@code exponentBits}, [-2^(E-1), 2^(E-1) - 1]; above it the block saturates, below it
 * small values flush towards zero (10-bit exponents cover all of FP32, so this only matters for narrow widths).
 * A block of zeros gets the smallest exponent and zero mantissas. Non-finite inputs are rejected.
 */
public record HbfpEncoding(EncodingSpec spec) implements IntegerEncoding {

    /**
     * The largest shared exponent whose values all stay finite in FP32: (2^m - 1) * 2^(128 - m) = 2^128 - 2^(128 - m)
     * is at most FLT_MAX = 2^128 - 2^104 for m <= 24, while with e = 129 every mantissa from 2^(m - 1) up decodes to
     * 2^128 or more, which is infinity in FP32.
     */
    public static final int FP32_EXPONENT_LIMIT = Float.MAX_EXPONENT + 1;
    private static final long FRACTION_MASK = (1L << 52) - 1;

    /** 2^e, exactly; by its bits inside double's normal range (Math.scalb is slower than a block takes to round). */
    static double powerOfTwo(int e) {
        return e >= Double.MIN_EXPONENT && e <= Double.MAX_EXPONENT
                ? Double.longBitsToDouble((long) (e + Double.MAX_EXPONENT) << 52) : Math.scalb(1.0, e);
    }

    public HbfpEncoding {
        if (spec.kind() != EncodingSpec.Kind.HBFP) throw new IllegalArgumentException("not HBFP: " + spec);
    }

    /** Magnitude bits per element, the sign excluded. */
    public int mantissaBits() { return spec.totalBits() - 1; }

    public int blockSize() { return spec.blockSize(); }

    @Override public int maxMagnitude() { return maxMantissa(); }

    @Override public int scaleBlock() { return blockSize(); }

    public int maxMantissa() { return (int) ((1L << mantissaBits()) - 1); }

    public int minExponent() { return -(1 << (spec.exponentBits() - 1)); }

    public int maxExponent() { return (1 << (spec.exponentBits() - 1)) - 1; }

    /** Number of blocks a vector of {@code length} elements is cut into. */
    public int blockCount(int length) { return (length + blockSize() - 1) / blockSize(); }

    /** The shared exponent of {@code x[from, from + length)} taken as one block. */
    public int sharedExponent(float[] x, int from, int length) {
        float max = 0f;
        for (int i = from; i < from + length; i++) max = Math.max(max, Math.abs(x[i]));
        return exponentFor(max);
    }

    /**
     * The shared exponent of a block whose largest magnitude is {@code maxAbs}: ceil(log2), raised by one when the
     * largest element would round up to 2^m, but never past {@link #FP32_EXPONENT_LIMIT} (there the largest
     * element saturates instead, as HBFPEmulator's clamp does), then clamped to the exponent field's range.
     */
    public int exponentFor(float maxAbs) {
        if (!Float.isFinite(maxAbs)) throw new IllegalArgumentException("HBFP cannot encode " + maxAbs);
        if (maxAbs == 0f) return minExponent();
        double top = maxAbs;
        int floorLog2 = Math.getExponent(top);
        // a power of two has no fraction bits (every FP32 value, subnormals too, is a normal double)
        int e = (Double.doubleToRawLongBits(top) & FRACTION_MASK) == 0 ? floorLog2 : floorLog2 + 1;
        if (e < FP32_EXPONENT_LIMIT && Math.rint(top * powerOfTwo(mantissaBits() - e)) > maxMantissa()) e++;
        return Math.max(minExponent(), Math.min(maxExponent(), e));
    }

    /**
     * Encodes a vector block by block: mantissas into {@code q[qFrom, qFrom + length)}, one exponent per block into
     * {@code exponents[expFrom, expFrom + blockCount(length))}. Random draws, if any, go in element order.
     */
    public void encode(float[] x, int from, int length, int[] q, int qFrom, int[] exponents, int expFrom,
            SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        int block = blockSize();
        for (int start = 0, b = 0; start < length; start += block, b++) {
            int n = Math.min(block, length - start);
            int e = sharedExponent(x, from + start, n);
            exponents[expFrom + b] = e;
            double toMantissa = powerOfTwo(mantissaBits() - e);
            int max = maxMantissa();
            for (int i = 0; i < n; i++) {
                double rounded = Rounding.toInteger(x[from + start + i] * toMantissa, draw);
                q[qFrom + start + i] = (int) Math.max(-max, Math.min(max, rounded));
            }
        }
    }

    /** The value of mantissa {@code q} in a block with shared exponent {@code e}. */
    public float decode(int q, int e) {
        return (float) Math.scalb((double) q, e - mantissaBits());
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        int block = blockSize();
        int max = maxMantissa();
        for (int start = 0; start < length; start += block) {
            int n = Math.min(block, length - start);
            int e = sharedExponent(x, from + start, n);
            double toMantissa = powerOfTwo(mantissaBits() - e);
            double toValue = powerOfTwo(e - mantissaBits());
            for (int i = 0; i < n; i++) {
                double rounded = Rounding.toInteger(x[from + start + i] * toMantissa, draw);
                out[outFrom + start + i] = (float) (Math.max(-max, Math.min(max, rounded)) * toValue);
            }
        }
    }

    @Override
    public void encodeOperand(float[] x, int rows, int cols, boolean alongRows, float[] q, double[] scales,
            SplittableRandom rng) {
        SplittableRandom draw = Rounding.streamFor(spec, rng);
        if (alongRows && draw == null) {
            encodeRowsToNearest(x, rows, cols, q, scales);
        } else if (alongRows) {
            int s = scaleCount(cols);
            for (int r = 0; r < rows; r++) encodeVector(x, r * cols, 1, cols, q, scales, r * s, 1, draw);
        } else if (draw != null) {
            for (int c = 0; c < cols; c++) encodeVector(x, c, cols, rows, q, scales, c, cols, draw);
        } else {
            encodeColumnsInMemoryOrder(x, rows, cols, q, scales);
        }
    }

    /** One vector {@code x[base + i * stride]}, its scales at {@code scales[scaleBase + b * scaleStride]}. */
    private void encodeVector(float[] x, int base, int stride, int length, float[] q, double[] scales, int scaleBase,
            int scaleStride, SplittableRandom draw) {
        int block = blockSize(), max = maxMantissa();
        for (int start = 0, b = 0; start < length; start += block, b++) {
            int n = Math.min(block, length - start);
            float top = 0f;
            for (int i = start; i < start + n; i++) top = Math.max(top, Math.abs(x[base + i * stride]));
            int e = exponentFor(top);
            scales[scaleBase + b * scaleStride] = powerOfTwo(e - mantissaBits());
            double toMantissa = powerOfTwo(mantissaBits() - e);
            for (int i = start; i < start + n; i++) {
                double rounded = Rounding.toInteger(x[base + i * stride] * toMantissa, draw);
                q[base + i * stride] = (float) Math.max(-max, Math.min(max, rounded));
            }
        }
    }

    /** {@link #encodeVector} for rows and nearest rounding, with the loops kept plain (the GEMMs' A operands). */
    private void encodeRowsToNearest(float[] x, int rows, int cols, float[] q, double[] scales) {
        int block = blockSize(), max = maxMantissa(), s = scaleCount(cols);
        for (int r = 0; r < rows; r++)
            for (int start = 0, b = 0; start < cols; start += block, b++) {
                int from = r * cols + start, to = from + Math.min(block, cols - start);
                // the largest magnitude by the bits: for non-negative floats the int order is the float order, and an
                // integer max has no NaN rules to chain through (NaN and infinity still end up non-finite)
                int topBits = 0;
                for (int i = from; i < to; i++) topBits = Math.max(topBits, Float.floatToRawIntBits(x[i]) & 0x7fff_ffff);
                int e = exponentFor(Float.intBitsToFloat(topBits));
                scales[r * s + b] = powerOfTwo(e - mantissaBits());
                double toMantissa = powerOfTwo(mantissaBits() - e);
                for (int i = from; i < to; i++) q[i] = (float) Math.max(-max, Math.min(max, Math.rint(x[i] * toMantissa)));
            }
    }

    /** Nearest rounding of column vectors, a block of rows at a time in memory order (no draws to keep in order). */
    private void encodeColumnsInMemoryOrder(float[] x, int rows, int cols, float[] q, double[] scales) {
        int block = blockSize(), max = maxMantissa();
        float[] top = new float[cols];
        double[] toMantissa = new double[cols];
        for (int p0 = 0, b = 0; p0 < rows; p0 += block, b++) {
            int p1 = Math.min(rows, p0 + block);
            java.util.Arrays.fill(top, 0f);
            for (int p = p0; p < p1; p++)
                for (int c = 0; c < cols; c++) top[c] = Math.max(top[c], Math.abs(x[p * cols + c]));
            for (int c = 0; c < cols; c++) {
                int e = exponentFor(top[c]);
                scales[b * cols + c] = powerOfTwo(e - mantissaBits());
                toMantissa[c] = powerOfTwo(mantissaBits() - e);
            }
            for (int p = p0; p < p1; p++)
                for (int c = 0; c < cols; c++)
                    q[p * cols + c] = (float) Math.max(-max, Math.min(max, Math.rint(x[p * cols + c] * toMantissa[c])));
        }
    }
}
