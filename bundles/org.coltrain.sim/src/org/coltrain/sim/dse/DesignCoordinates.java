package org.coltrain.sim.dse;

import java.util.Locale;

import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/** One point of a {@link DesignSpaceSpec}: the values of its coordinates. */
public record DesignCoordinates(int rows, int cols, Dataflow dataflow, long bufferBytes, EncodingSpec encoding) {

    /** A stable, readable key, e.g. {@code 128x128/output-stationary/16MiB/hbfp8}. */
    public String key() {
        return rows + "x" + cols + "/" + dataflow.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/"
                + (bufferBytes % (1L << 20) == 0 ? (bufferBytes >> 20) + "MiB" : bufferBytes + "B") + "/"
                + encoding.shortName();
    }

    /**
     * The point's own seed: the study's base seed mixed with the key's 64-bit FNV-1a hash by SplitMix64's
     * finaliser (Steele et al., OOPSLA 2014), so it depends only on the coordinates, not on the enumeration order.
     */
    public long seed(long baseSeed) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        long z = h ^ baseSeed;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
