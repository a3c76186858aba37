package org.coltrain.sim.study;

import java.util.List;

/**
 * One claim checked: our figure, its unit, the verdict and the calibrations (parameters without a measured source,
 * by id) the figure depends on.
 */
public record ClaimCheck(Claim claim, double ours, String unit, Verdict verdict, List<String> dependsOn) {

    public ClaimCheck {
        dependsOn = List.copyOf(dependsOn);
    }

    public static ClaimCheck of(Claim claim, StudyMetric metric, double ours, List<String> dependsOn) {
        return new ClaimCheck(claim, ours, metric.unit(),
                Verdict.of(ours, claim.published(), claim.tolerance(), metric.neutral()), dependsOn);
    }
}
