package org.coltrain.sim.study;

import java.util.List;

/**
 * A parameter of a model that has no measured source, as the studies name it in {@code depends_on}: its id, what it
 * is and where its value comes from, and the published figures it was fitted to, as {@code kind:metric} of the
 * study metrics (empty when it was set without looking at any claim). A claim on a figure the calibration was fitted
 * to is {@link Verdict#FITTED}: agreement there is by construction, not a check.
 */
public record Calibration(String id, String description, List<String> fittedTo) {

    public Calibration {
        fittedTo = List.copyOf(fittedTo);
    }

    /** True when this calibration was fitted to the metric {@code metric} of a study of kind {@code kind}. */
    public boolean fittedTo(String kind, String metric) {
        return fittedTo.contains(kind + ":" + metric);
    }
}
