package org.coltrain.sim.mapping;

/**
 * How an accelerator stores one output channel's weights. Quantizers here scale per channel, as both of DIANA's
 * arrays do; one implementation per number format.
 */
public sealed interface WeightQuantizer permits IntQuantizer, TernaryQuantizer, EncodingQuantizer {

    /** A short name for tables, for example {@code int8} or {@code ternary}. */
    String name();

    /** Writes the stored value of each of {@code channel}'s weights into {@code out} (same length; may be the same array). */
    void quantize(float[] channel, float[] out);

    /** Squared quantization error of one channel, ||Q(w) - w||^2, in double precision. */
    default double squaredError(float[] channel) {
        float[] q = new float[channel.length];
        quantize(channel, q);
        double sum = 0;
        for (int i = 0; i < channel.length; i++) {
            double d = (double) q[i] - channel[i];
            sum += d * d;
        }
        return sum;
    }
}
