package org.coltrain.sim.dse;

import org.coltrain.sim.spec.AcceleratorSpec;

/** A point of the design space that fits the envelope, built as an accelerator with as many arrays as fit. */
public record Candidate(DesignCoordinates at, AcceleratorSpec accelerator, double areaMm2, double powerMw) {

    public int arrayCount() { return accelerator.arrayCount(); }

    /** True when the candidate's datapath can also train (its training encoding is set). */
    public boolean trains() { return accelerator.trainingEncoding() != null; }
}
