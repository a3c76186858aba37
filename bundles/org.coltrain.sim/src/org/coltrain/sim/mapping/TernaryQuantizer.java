package org.coltrain.sim.mapping;

/**
 * Ternary weights {-a, 0, +a} per channel by the TWN rule (Li and Liu, arXiv 1605.04711): threshold
 * {@code thresholdFactor} times mean |w| (0.7 in TWN), scale a = mean |w| over the weights above it. The analog
 * array's exact training-time quantizer in ODiMO may differ; the factor is a parameter.
 */
public record TernaryQuantizer(double thresholdFactor) implements WeightQuantizer {

    public static final double TWN_THRESHOLD = 0.7;

    public TernaryQuantizer() {
        this(TWN_THRESHOLD);
    }

    public TernaryQuantizer {
        if (!(thresholdFactor >= 0)) throw new IllegalArgumentException("threshold factor must be >= 0");
    }

    @Override public String name() { return "ternary"; }

    @Override
    public void quantize(float[] channel, float[] out) {
        double meanAbs = 0;
        for (float w : channel) meanAbs += Math.abs(w);
        meanAbs /= Math.max(1, channel.length);
        double threshold = thresholdFactor * meanAbs, kept = 0;
        int count = 0;
        for (float w : channel) {
            if (Math.abs(w) > threshold) {
                kept += Math.abs(w);
                count++;
            }
        }
        float scale = count == 0 ? 0f : (float) (kept / count);
        for (int i = 0; i < channel.length; i++) {
            float w = channel[i];
            out[i] = Math.abs(w) > threshold ? Math.copySign(scale, w) : 0f;
        }
    }
}
