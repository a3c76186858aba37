package org.coltrain.sim.study;

/**
 * How our figure compares with a published one. Reproduced: within the claim's tolerance. Partly: outside it, but
 * on the same side of the metric's neutral value (the effect has the published direction, not its size). Not
 * reproduced: no effect, the opposite effect, or no figure (NaN). Fitted: our figure depends on a calibration that was
 * fitted to this very published figure ({@link StudyCalibration#fittedTo}), so agreement is by construction and says
 * nothing; it is never reported as reproduced.
 */
public enum Verdict {
    REPRODUCED("reproduced"), PARTLY("partly"), NOT_REPRODUCED("not reproduced"), FITTED("fitted");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() { return label; }

    public static Verdict of(double ours, double published, double tolerance, double neutral) {
        if (Double.isNaN(ours)) return NOT_REPRODUCED;
        if (Math.abs(ours - published) <= tolerance) return REPRODUCED;
        double a = Math.signum(ours - neutral), b = Math.signum(published - neutral);
        return a != 0 && a == b ? PARTLY : NOT_REPRODUCED;
    }
}
