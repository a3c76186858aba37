package org.coltrain.sim.calibration;

import java.util.List;

/**
 * The cost model beside one published figure, or a prediction where none is published.
 *
 * @param id             stable short name, e.g. {@code equinox.hbfp_power.reference}
 * @param role           fitted (the figure chose a calibration), held out (it did not), or prediction (no figure)
 * @param quantity       what is compared, in words
 * @param configuration  the accelerator or part the model computes it for
 * @param published      the published figure as the source states it ("+13%", "< 1%"), or "none"
 * @param publishedValue the figure as a number in {@code unit}; NaN for a prediction
 * @param relation       whether the figure is a value or an upper bound
 * @param source         where the figure comes from
 * @param modelValue     what the model gives, in {@code unit}
 * @param unit           unit of both values
 * @param dependsOn      the calibrations the model value depends on
 */
public record Comparison(String id, Role role, String quantity, String configuration, String published,
        double publishedValue, Relation relation, String source, double modelValue, String unit,
        List<String> dependsOn) {

    public enum Role {
        FITTED, HELD_OUT, PREDICTION;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public enum Relation { EQUALS, AT_MOST, NONE }

    public Comparison {
        dependsOn = List.copyOf(dependsOn);
        for (String calibration : dependsOn)
            if (Calibrations.find(calibration).isEmpty())
                throw new IllegalArgumentException(id + ": unknown calibration " + calibration);
        if ((role == Role.PREDICTION) != (relation == Relation.NONE))
            throw new IllegalArgumentException(id + ": a prediction, and only a prediction, has no published figure");
    }

    /** Model minus published: for an upper bound, negative means within it. NaN for a prediction. */
    public double residual() {
        return relation == Relation.NONE ? Double.NaN : modelValue - publishedValue;
    }

    /** Model over published (NaN for a prediction). */
    public double ratio() {
        return relation == Relation.NONE ? Double.NaN : modelValue / publishedValue;
    }

    /** Whether the model agrees with an upper bound (always false for a value or a prediction). */
    public boolean withinBound() {
        return relation == Relation.AT_MOST && modelValue <= publishedValue;
    }
}
