package org.coltrain.dsl.units;

/**
 * Physical dimension of a model attribute, declared once in the metamodel as an annotation
 * ({@code http://www.coltrain.org/unit}, key {@code dimension}) and checked against the unit a user writes.
 */
public enum Dimension {
    // The largest values are not hardware limits but the range the simulator computes in: times in ns and cycle or
    // byte counts as longs (2^63 = 9.2e18), so a rate or clock times a simulated time, or a size times a count of
    // transfers, must stay below that; each bound sits orders of magnitude above any chip or workload modelled.
    /** 1e8 s (three years of simulated time, 1e17 ns). */
    TIME("s", "1 ms", 1e8, "1e8 s"),
    /** 1 THz: a cycle count over the longest run stays below 2^63. */
    FREQUENCY("Hz", "1 GHz", 1e12, "1 THz"),
    /** 1e12 requests per second. */
    RATE("/s", "1000 /s", 1e12, "1e12 /s"),
    /** 2^60 B (1 EiB). */
    DATA("B", "1 MiB", 0x1p60, "1 EiB"),
    /** 1e16 B/s (10 PB/s). */
    BANDWIDTH("B/s", "25.6 GB/s", 1e16, "10 PB/s"),
    /** 1 m2. */
    AREA("mm2", "1 mm2", 1, "1 m2 (1e6 mm2)"),
    /** 1 MW. */
    POWER("mW", "100 mW", 1e6, "1 MW"),
    /** 1 J per operation or byte: energy totals over 2^63 operations stay finite. */
    ENERGY("pJ", "1 pJ", 1, "1 J"),
    /** A plain number; '%' is allowed and means 1/100. */
    DIMENSIONLESS("", "1", Double.MAX_VALUE, "any");

    private final String preferredUnit;
    private final String example;
    private final double maxSi;
    private final String maxText;

    Dimension(String preferredUnit, String example, double maxSi, String maxText) {
        this.preferredUnit = preferredUnit;
        this.example = example;
        this.maxSi = maxSi;
        this.maxText = maxText;
    }

    /** The largest value of this dimension the simulator computes with, in SI. */
    public double maxSi() {
        return maxSi;
    }

    /** {@link #maxSi()} as a user reads it ("1 THz"). */
    public String maxText() {
        return maxText;
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
