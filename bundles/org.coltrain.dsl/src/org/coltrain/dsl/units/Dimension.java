package org.coltrain.dsl.units;

/**
 * Physical dimension of a model attribute, declared once in the metamodel as an annotation
 * ({@code http://www.coltrain.org/unit}, key {@code dimension}) and checked against the unit a user writes.
 */
public enum Dimension {
    TIME("s", "1 ms"), FREQUENCY("Hz", "1 GHz"), RATE("/s", "1000 /s"), DATA("B", "1 MiB"), BANDWIDTH("B/s", "25.6 GB/s"),
    AREA("mm2", "1 mm2"), POWER("mW", "100 mW"), ENERGY("pJ", "1 pJ"),
    /** A plain number; '%' is allowed and means 1/100. */
    DIMENSIONLESS("", "1");

    private final String preferredUnit;
    private final String example;

    Dimension(String preferredUnit, String example) {
        this.preferredUnit = preferredUnit;
        this.example = example;
    }

    /** The unit suggested by quick fixes and used when printing values of this dimension. */
    public String preferredUnit() {
        return preferredUnit;
    }

    /** A literal of this dimension for messages that show the form of a value ("1 GHz"), not a recommended value. */
    public String example() {
        return example;
    }

    public static Dimension fromAnnotation(String value) {
        return value == null ? DIMENSIONLESS : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
