package org.coltrain.sim.mapping;

import java.util.List;

/**
 * The paper's comparison against one rule-made mapping: the searched mapping for each objective under a budget
 * equal to the baseline's own drop, so the searched one is never less accurate than the baseline by the proxy
 * (ODiMO compares its searched mappings with manual heuristic mappings at about the same accuracy).
 */
public record BaselineComparison(Mapping baseline, String baselineSource, Mapping searchedEnergy,
        Mapping searchedLatency) {

    public static BaselineComparison of(MappingProblem problem, MappingBaseline rule, int resolution) {
        Mapping baseline = rule.evaluate(problem);
        return new BaselineComparison(baseline, rule.source(),
                search(problem, Objective.ENERGY, baseline, resolution), search(problem, Objective.LATENCY, baseline, resolution));
    }

    private static Mapping search(MappingProblem problem, Objective objective, Mapping baseline, int resolution) {
        Mapping m = MappingSearch.optimal(problem, objective, baseline.drop(), resolution, List.of(baseline));
        return m.withLabel(m.label() + "@" + baseline.label());
    }

    /** Energy of the energy-searched mapping against the baseline's, e.g. -0.33 for 33 % less. */
    public double energyChange() {
        return searchedEnergy.energyPj() / baseline.energyPj() - 1;
    }

    /** Latency of the latency-searched mapping against the baseline's. */
    public double latencyChange() {
        return searchedLatency.latencyNs() / baseline.latencyNs() - 1;
    }
}
