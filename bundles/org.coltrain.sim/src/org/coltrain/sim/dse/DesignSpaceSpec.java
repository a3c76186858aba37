package org.coltrain.sim.dse;

import java.util.List;

import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The ranges a search spans: every combination of array rows, array columns, dataflow, total on-chip buffer bytes
 * and datapath encoding. The buffer total is split between ifmap, weight and ofmap buffers in the template's
 * proportions; an encoding that can train ({@link EncodingSpec#trainable()}) is also the candidate's training
 * encoding, fixed point is inference only.
 */
public record DesignSpaceSpec(List<Integer> rows, List<Integer> cols, List<Dataflow> dataflows,
        List<Long> bufferBytes, List<EncodingSpec> encodings) {

    public DesignSpaceSpec {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
        dataflows = List.copyOf(dataflows);
        bufferBytes = List.copyOf(bufferBytes);
        encodings = List.copyOf(encodings);
        if (rows.isEmpty() || cols.isEmpty() || dataflows.isEmpty() || bufferBytes.isEmpty() || encodings.isEmpty())
            throw new IllegalArgumentException("every range of a design space needs at least one value");
        for (int r : rows) if (r < 1) throw new IllegalArgumentException("array rows must be positive, got " + r);
        for (int c : cols) if (c < 1) throw new IllegalArgumentException("array cols must be positive, got " + c);
        for (long b : bufferBytes) if (b < 1) throw new IllegalArgumentException("buffer size must be positive");
    }

    /** Number of coordinate combinations (before the envelope removes any). */
    public int size() {
        return rows.size() * cols.size() * dataflows.size() * bufferBytes.size() * encodings.size();
    }

    /** The canonical text of the ranges, for input hashes. */
    public String canonical() {
        return "rows=" + rows + ";cols=" + cols + ";dataflows=" + dataflows + ";buffers=" + bufferBytes
                + ";encodings=" + encodings;
    }
}
