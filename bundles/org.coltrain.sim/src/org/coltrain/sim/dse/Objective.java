package org.coltrain.sim.dse;

/** What a multi-objective design search scores a candidate by, and which way is better. */
public enum Objective {
    /** Highest Poisson request rate the inference service sustains with its SLO met, in requests/s. */
    CAPACITY("capacity", "capacity_rps", true),
    /** Chip and DRAM energy of one inference at the batch the scheduler forms at capacity, in uJ. */
    ENERGY("energy", "energy_uj_per_inference", false),
    /** Training samples/s co-located at the stated load over the same job alone on the candidate. */
    TRAINING("training", "training_fraction", true),
    /** Silicon area by the cost model, in mm2. */
    AREA("area", "area_mm2", false),
    /** Peak on-chip power by the cost model, in W. */
    POWER("power", "power_w", false);

    private final String keyword;
    private final String column;
    private final boolean maximise;

    Objective(String keyword, String column, boolean maximise) {
        this.keyword = keyword;
        this.column = column;
        this.maximise = maximise;
    }

    /** The word the DSL names it by. */
    public String keyword() { return keyword; }

    /** The CSV column of its values, unit in the name. */
    public String column() { return column; }

    public boolean maximise() { return maximise; }

    /** The value turned so that smaller is better (the form dominance and sorting work in). */
    public double minimised(double value) { return maximise ? -value : value; }

    /** The objective called {@code keyword}, or null. */
    public static Objective byKeyword(String keyword) {
        for (Objective o : values()) if (o.keyword.equals(keyword)) return o;
        return null;
    }
}
