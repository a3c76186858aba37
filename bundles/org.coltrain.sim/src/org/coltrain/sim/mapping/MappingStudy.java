package org.coltrain.sim.mapping;

import java.util.List;

/**
 * One mapping experiment: the searched mapping under a budget, the two single-accelerator baselines, an optional
 * given mapping and the Pareto front of objective against the accuracy-drop proxy.
 */
public record MappingStudy(MappingProblem problem, Objective objective, double budget, Mapping searched,
        Mapping allFirst, Mapping allSecond, Mapping given, List<Mapping> front) {

    public MappingStudy {
        front = List.copyOf(front);
    }

    /** Runs the search; {@code given} (channel counts on the second accelerator per layer) may be null. */
    public static MappingStudy run(MappingProblem problem, Objective objective, double budget, int[] given,
            int resolution) {
        return new MappingStudy(problem, objective, budget, MappingSearch.optimal(problem, objective, budget, resolution),
                problem.allFirst(), problem.allSecond(), given == null ? null : problem.evaluate("given", given),
                MappingSearch.paretoFront(problem, objective, resolution));
    }

    /** Relative change of {@code m} against the all-first baseline on energy, e.g. -0.33 for 33% less. */
    public double energyChange(Mapping m) {
        return m.energyPj() / allFirst.energyPj() - 1;
    }

    public double latencyChange(Mapping m) {
        return m.latencyNs() / allFirst.latencyNs() - 1;
    }
}
