package org.coltrain.sim.dse;

import java.util.List;

import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The ranges a search spans: every combination of array rows, array columns, dataflow, total on-chip buffer bytes
 * and datapath encoding, and optionally array counts, clock frequencies and DRAMs. The buffer total is split between ifmap,
 * weight and ofmap buffers in the template's proportions; an encoding that can train ({@link EncodingSpec#trainable()})
 * is also the candidate's training encoding, fixed point is inference only. Without {@code counts} a combination
 * gets the largest array count that fits the envelope; without {@code clocksHz} the template's clock; without
 * {@code drams} the template's DRAM.
 */
public record DesignSpaceSpec(List<Integer> rows, List<Integer> cols, List<Dataflow> dataflows,
        List<Long> bufferBytes, List<EncodingSpec> encodings, List<Integer> counts, List<Double> clocksHz,
        List<DramChoice> drams) {

    public DesignSpaceSpec {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
        dataflows = List.copyOf(dataflows);
        bufferBytes = List.copyOf(bufferBytes);
        encodings = List.copyOf(encodings);
        counts = List.copyOf(counts);
        clocksHz = List.copyOf(clocksHz);
        drams = List.copyOf(drams);
        if (rows.isEmpty() || cols.isEmpty() || dataflows.isEmpty() || bufferBytes.isEmpty() || encodings.isEmpty())
            throw new IllegalArgumentException("every range of a design space needs at least one value");
        for (int r : rows) if (r < 1) throw new IllegalArgumentException("array rows must be positive, got " + r);
        for (int c : cols) if (c < 1) throw new IllegalArgumentException("array cols must be positive, got " + c);
        for (long b : bufferBytes) if (b < 1) throw new IllegalArgumentException("buffer size must be positive");
        for (int n : counts) if (n < 1) throw new IllegalArgumentException("array counts must be positive, got " + n);
        for (double f : clocksHz) if (!(f > 0)) throw new IllegalArgumentException("clocks must be positive, got " + f);
    }

    /** A space without a DRAM range (the template's DRAM). */
    public DesignSpaceSpec(List<Integer> rows, List<Integer> cols, List<Dataflow> dataflows, List<Long> bufferBytes,
            List<EncodingSpec> encodings, List<Integer> counts, List<Double> clocksHz) {
        this(rows, cols, dataflows, bufferBytes, encodings, counts, clocksHz, List.of());
    }

    /** The space of the five fixed ranges: the largest fitting array count, the template's clock. */
    public DesignSpaceSpec(List<Integer> rows, List<Integer> cols, List<Dataflow> dataflows, List<Long> bufferBytes,
            List<EncodingSpec> encodings) {
        this(rows, cols, dataflows, bufferBytes, encodings, List.of(), List.of());
    }

    /** Number of coordinate combinations (before the envelope removes any). */
    public int size() {
        return rows.size() * cols.size() * dataflows.size() * bufferBytes.size() * encodings.size()
                * Math.max(1, counts.size()) * Math.max(1, clocksHz.size()) * Math.max(1, drams.size());
    }

    /**
     * The canonical text of the ranges, for input hashes. The optional ranges appear only when given, so a space
     * without them hashes as it did before they existed (the shipped study caches stay valid).
     */
    public String canonical() {
        return "rows=" + rows + ";cols=" + cols + ";dataflows=" + dataflows + ";buffers=" + bufferBytes
                + ";encodings=" + encodings + (counts.isEmpty() ? "" : ";counts=" + counts)
                + (clocksHz.isEmpty() ? "" : ";clocks=" + clocksHz) + (drams.isEmpty() ? "" : ";drams=" + drams);
    }
}
