package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * One mapping experiment: the searched mapping under a budget; the paper's manual heuristic baselines and an
 * optional given mapping, each with the searched mappings at its drop; the two single-accelerator mappings; and the
 * Pareto front of objective against the accuracy-drop proxy. Every mapping is costed by the same model.
 */
public record MappingStudy(MappingProblem problem, Objective objective, double budget, Mapping searched,
        List<Mapping> heuristics, Mapping given, Mapping allFirst, Mapping allSecond,
        List<BaselineComparison> comparisons, List<Mapping> front) {

    public MappingStudy {
        heuristics = List.copyOf(heuristics);
        comparisons = List.copyOf(comparisons);
        front = List.copyOf(front);
    }

    /** Runs the search; {@code given} (channel counts on the second accelerator per layer) may be null. */
    public static MappingStudy run(MappingProblem problem, Objective objective, double budget, int[] given,
            int resolution) {
        List<MappingBaseline> compared = new ArrayList<>(MappingBaselines.HEURISTICS);
        if (given != null) compared.add(GivenSplit.of(given));
        List<Mapping> heuristics = new ArrayList<>();
        for (MappingBaseline b : MappingBaselines.HEURISTICS) heuristics.add(b.evaluate(problem));
        List<BaselineComparison> comparisons = new ArrayList<>();
        for (MappingBaseline b : compared) comparisons.add(BaselineComparison.of(problem, b, resolution));
        return new MappingStudy(problem, objective, budget, MappingSearch.optimal(problem, objective, budget, resolution),
                heuristics, given == null ? null : GivenSplit.of(given).evaluate(problem), problem.allFirst(),
                problem.allSecond(), comparisons, MappingSearch.paretoFront(problem, objective, resolution));
    }

    /** Relative change of {@code m} against the all-first baseline on energy, e.g. -0.33 for 33% less. */
    public double energyChange(Mapping m) {
        return m.energyPj() / allFirst.energyPj() - 1;
    }

    public double latencyChange(Mapping m) {
        return m.latencyNs() / allFirst.latencyNs() - 1;
    }
}
