package org.coltrain.sim.dse;

import java.io.Serializable;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * A point of the design space that fits the envelope, built as an accelerator with the point's array count (as many
 * arrays as fit when the space has no count range).
 */
public record Candidate(DesignCoordinates at, AcceleratorSpec accelerator, double areaMm2, double powerMw)
        implements Serializable {

    public int arrayCount() { return accelerator.arrayCount(); }

    /** True when the candidate's datapath can also train (its training encoding is set). */
    public boolean trains() { return accelerator.trainingEncoding() != null; }
}
