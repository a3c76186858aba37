package org.coltrain.sim.study;

/**
 * A published figure a study checks: which metric of the study (and of which subject, e.g. a workload, when the
 * metric has several), the value the source reports, the tolerance within which our figure counts as reproducing
 * it (absolute, in the metric's unit) and the source (paper, section, table or figure).
 */
public record Claim(String name, String metric, String subject, double published, double tolerance, String source) {

    public Claim {
        if (!(tolerance >= 0)) throw new IllegalArgumentException("tolerance of claim " + name + " must be >= 0");
        subject = subject == null ? "" : subject;
    }
}
