package org.coltrain.sim.mapping;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encoding;

/**
 * Any number format of the numerics core (FP16, BF16, fixed point, HBFP), applied to a channel as one vector along
 * the dot-product dimension. Stochastic rounding draws from a stream seeded by {@code seed}, fresh per channel, so
 * the same weights always give the same error.
 */
public record EncodingQuantizer(Encoding encoding, long seed) implements WeightQuantizer {

    @Override public String name() { return encoding.name(); }

    @Override
    public void quantize(float[] channel, float[] out) {
        encoding.quantize(channel, 0, channel.length, out, 0, new SplittableRandom(seed));
    }
}
