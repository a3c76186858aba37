package org.coltrain.sim.study;

import java.util.List;

/**
 * A parameter without a measured source, as a study's claims see it: its id (printed in {@code depends_on}), what
 * it is, and the study metrics it was fitted to, as {@code kind:metric} (empty when it was not fitted to any figure
 * a study claims). A claim on a figure the calibration was fitted to is {@link Verdict#FITTED}: agreement there is by
 * construction, not a check.
 */
public record StudyCalibration(String id, String description, List<String> fittedTo) {

    public StudyCalibration {
        fittedTo = List.copyOf(fittedTo);
    }

    /** True when this calibration was fitted to the metric {@code metric} of a study of kind {@code kind}. */
    public boolean fittedTo(String kind, String metric) {
        return fittedTo.contains(kind + ":" + metric);
    }
}
