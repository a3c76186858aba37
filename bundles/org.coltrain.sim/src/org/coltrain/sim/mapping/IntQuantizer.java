package org.coltrain.sim.mapping;

/**
 * Symmetric {@code bits}-bit integers with one scale per channel, max|w| / (2^(bits-1) - 1), rounding to nearest
 * (the usual post-training weight quantization of a digital int8 datapath).
 */
public record IntQuantizer(int bits) implements WeightQuantizer {

    public IntQuantizer {
        if (bits < 2 || bits > 24) throw new IllegalArgumentException("integer weights need 2..24 bits, not " + bits);
    }

    @Override public String name() { return "int" + bits; }

    @Override
    public void quantize(float[] channel, float[] out) {
        double maxAbs = 0;
        for (float w : channel) maxAbs = Math.max(maxAbs, Math.abs(w));
        if (maxAbs == 0) {
            java.util.Arrays.fill(out, 0, channel.length, 0f);
            return;
        }
        double levels = (1 << (bits - 1)) - 1;
        double scale = maxAbs / levels;
        for (int i = 0; i < channel.length; i++) out[i] = (float) (Math.rint(channel[i] / scale) * scale);
    }
}
