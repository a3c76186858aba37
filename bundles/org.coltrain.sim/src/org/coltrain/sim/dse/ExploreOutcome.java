package org.coltrain.sim.dse;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link ParetoSearch} found: every candidate of the envelope, in enumeration order, with what the search did
 * with it, the Pareto front of the measured ones, and each objective's sensitivity to each range.
 *
 * @param strategy human-readable, e.g. {@code nsga2 population 16 generations 6 seed 7}
 */
public record ExploreOutcome(List<Objective> objectives, List<Row> rows, List<Sensitivity> sensitivity,
        String strategy) {

    /** What the search did with a candidate. */
    public enum Status {
        /** Simulated: its values are measured. */
        MEASURED,
        /** Not simulated: its analytical bound is dominated by a measured candidate, so it cannot be on the front. */
        PRUNED,
        /** The strategy never picked it (random and NSGA-II visit part of the space). */
        NOT_VISITED;

        public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /**
     * One candidate: its analytical bound per objective, its measured values (NaN unless measured) and whether it is
     * on the front of the measured candidates.
     */
    public record Row(Candidate candidate, Status status, double[] bound, double[] values, boolean onFront) {
    }

    /**
     * How much an objective moves with one range: the mean of the measured values for each value of the range, and
     * the spread (largest mean minus smallest; NaN with fewer than two values measured).
     */
    public record Sensitivity(String range, Objective objective, List<String> values, double[] means, double spread) {
    }

    public ExploreOutcome {
        objectives = List.copyOf(objectives);
        rows = List.copyOf(rows);
        sensitivity = List.copyOf(sensitivity);
    }

    public List<Row> front() {
        return rows.stream().filter(Row::onFront).toList();
    }

    public int count(Status status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
