package org.coltrain.sim.study;

import java.util.List;
import java.util.function.Function;

/**
 * One claim checked: our figure, its unit, the verdict and the calibrations (parameters without a measured source,
 * by {@link StudyCalibration} id) the figure depends on.
 */
public record ClaimCheck(Claim claim, double ours, String unit, Verdict verdict, List<String> dependsOn) {

    public ClaimCheck {
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * The claim checked against our figure of a metric of a study of this kind; {@code dependsOn} are ids of
     * {@link StudyCalibrations} (an undeclared id fails). A figure that depends on a calibration fitted to this metric
     * is {@link Verdict#FITTED}, whatever its distance to the published value.
     */
    public static ClaimCheck of(String kind, Claim claim, StudyMetric metric, double ours, List<String> dependsOn) {
        return of(kind, claim, metric, ours, dependsOn, StudyCalibrations::require);
    }

    /** The same with the calibrations looked up by {@code calibrations}. */
    public static ClaimCheck of(String kind, Claim claim, StudyMetric metric, double ours, List<String> dependsOn,
            Function<String, StudyCalibration> calibrations) {
        boolean fitted = false;
        for (String id : dependsOn) fitted |= calibrations.apply(id).fittedTo(kind, metric.name());
        Verdict verdict = fitted ? Verdict.FITTED : Verdict.of(ours, claim.published(), claim.tolerance(), metric.neutral());
        return new ClaimCheck(claim, ours, metric.unit(), verdict, dependsOn);
    }
}
