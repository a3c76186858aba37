package org.coltrain.sim.dse;

import java.io.Serializable;
import java.util.Locale;

import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * One point of a {@link DesignSpaceSpec}: the values of its coordinates.
 *
 * @param count   array count; 0 when the space has no count range (the largest count that fits)
 * @param clockHz clock; 0 when the space has no clock range (the template's clock)
 * @param dram    DRAM; null when the space has no DRAM range (the template's DRAM)
 */
public record DesignCoordinates(int rows, int cols, Dataflow dataflow, long bufferBytes, EncodingSpec encoding,
        int count, double clockHz, DramChoice dram) implements Serializable {

    /** A point of a space without a DRAM range. */
    public DesignCoordinates(int rows, int cols, Dataflow dataflow, long bufferBytes, EncodingSpec encoding, int count,
            double clockHz) {
        this(rows, cols, dataflow, bufferBytes, encoding, count, clockHz, null);
    }

    /** A point of a space without count and clock ranges. */
    public DesignCoordinates(int rows, int cols, Dataflow dataflow, long bufferBytes, EncodingSpec encoding) {
        this(rows, cols, dataflow, bufferBytes, encoding, 0, 0, null);
    }

    /**
     * A stable, readable key, e.g. {@code 128x128/output-stationary/16MiB/hbfp8}, followed by {@code /4-arrays} and
     * {@code /700MHz} and {@code /hbm2-4stacks} only when the point has a count, a clock or a DRAM (so a key without
     * them is as it always was).
     */
    public String key() {
        return rows + "x" + cols + "/" + dataflowName() + "/"
                + (bufferBytes % (1L << 20) == 0 ? (bufferBytes >> 20) + "MiB" : bufferBytes + "B") + "/"
                + encoding.shortName() + (count > 0 ? "/" + count + "-arrays" : "")
                + (clockHz > 0 ? "/" + clockLabel(clockHz) : "") + (dram != null ? "/" + dram.label() : "");
    }

    public String dataflowName() {
        return dataflow.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** 1GHz, 700MHz, 1500kHz or 1234Hz: the largest unit that divides the clock exactly. */
    public static String clockLabel(double hz) {
        if (hz % 1e9 == 0) return (long) (hz / 1e9) + "GHz";
        if (hz % 1e6 == 0) return (long) (hz / 1e6) + "MHz";
        if (hz % 1e3 == 0) return (long) (hz / 1e3) + "kHz";
        return hz == Math.rint(hz) ? (long) hz + "Hz" : hz + "Hz";
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
