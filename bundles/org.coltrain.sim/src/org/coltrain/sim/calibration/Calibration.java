package org.coltrain.sim.calibration;

import java.util.List;
import java.util.function.Predicate;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * A cost-model parameter without a primary source: declared, bounded and, if it was chosen with a published figure
 * in view, tied to that figure.
 *
 * @param id          stable short name, e.g. {@code pe.layout_overhead}; claims and reports refer to it
 * @param kind        fitted to a published figure, or assumed (no source, not fitted)
 * @param parameter   what it is, in words
 * @param options     the DSL {@code cost { }} keys that set it (an accelerator that sets one no longer depends on it)
 * @param value       its default
 * @param unit        unit of {@code value} and the bounds
 * @param lower       lowest plausible value and its source
 * @param upper       highest plausible value and its source
 * @param fittedTo    the published figure it was chosen to reach, with its source; null when assumed
 * @param fittedOn    the configuration it was chosen on; null when assumed
 * @param rationale   why this value
 * @param checks      ids of the {@link Comparisons} that give its residual (fitted) or judge it (held out)
 * @param relevant    whether an accelerator's cost uses the parameter at all (e.g. exponent paths only with FP or HBFP)
 */
public record Calibration(String id, Kind kind, String parameter, List<String> options, double value, String unit,
        Bound lower, Bound upper, String fittedTo, String fittedOn, String rationale, List<String> checks,
        Predicate<AcceleratorSpec> relevant) {

    public enum Kind {
        /** Chosen so that a published figure comes out: that figure cannot also judge it. */
        FITTED,
        /** No source and not fitted: an estimate inside its bounds, judged by held-out comparisons. */
        ASSUMED;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * One end of a calibration's plausible range.
     *
     * @param value  the bound, in the calibration's unit
     * @param source where it comes from ("none held" when no source is known)
     */
    public record Bound(double value, String source) {
    }

    public Calibration {
        options = List.copyOf(options);
        checks = List.copyOf(checks);
        if (!(lower.value() <= value && value <= upper.value()))
            throw new IllegalArgumentException(id + ": value " + value + " outside [" + lower.value() + ", " + upper.value() + "]");
        if ((kind == Kind.FITTED) != (fittedTo != null))
            throw new IllegalArgumentException(id + ": a fitted calibration names its figure, an assumed one none");
        if (kind == Kind.FITTED && checks.isEmpty())
            throw new IllegalArgumentException(id + ": a fitted calibration names the comparisons of its residual");
    }
}
