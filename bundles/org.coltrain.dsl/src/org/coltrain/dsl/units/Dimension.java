package org.coltrain.dsl.units;

/**
 * Physical dimension of a model attribute, declared once in the metamodel as an annotation
 * ({@code http://www.coltrain.org/unit}, key {@code dimension}) and checked against the unit a user writes.
 */
public enum Dimension {
    TIME("s"), FREQUENCY("Hz"), RATE("/s"), DATA("B"), BANDWIDTH("B/s"), AREA("mm2"), POWER("mW"), ENERGY("pJ"),
    /** A plain number; '%' is allowed and means 1/100. */
    DIMENSIONLESS("");

    private final String preferredUnit;

    Dimension(String preferredUnit) {
        this.preferredUnit = preferredUnit;
    }

    /** The unit suggested by quick fixes and used when printing values of this dimension. */
    public String preferredUnit() {
        return preferredUnit;
    }

    public static Dimension fromAnnotation(String value) {
        return value == null ? DIMENSIONLESS : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
