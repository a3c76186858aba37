package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exact maximisation over a finite candidate list with an admissible bound: candidates are measured in decreasing
 * order of their bound (ties keep the enumeration order); the search stops at the first candidate whose bound is
 * not above the best objective measured so far, since neither it nor any later one can beat it. With a bound equal
 * to the objective (a purely analytical question) it measures exactly one candidate. Ties between measured
 * objectives keep the earlier-measured candidate, so the result is deterministic.
 */
public final class BranchAndBound {

    private BranchAndBound() {
    }

    public static SearchOutcome maximize(List<Candidate> candidates, Evaluator evaluator, long baseSeed) {
        record Bounded(int index, Candidate candidate, double bound) {
        }
        List<Bounded> order = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++)
            order.add(new Bounded(i, candidates.get(i), evaluator.upperBound(candidates.get(i))));
        order.sort(Comparator.comparingDouble(Bounded::bound).reversed().thenComparingInt(Bounded::index));
        Candidate best = null;
        double bestObjective = 0;
        List<SearchOutcome.Evaluated> evaluated = new ArrayList<>();
        int measured = 0;
        for (Bounded b : order) {
            if (!(b.bound() > bestObjective)) break;
            double objective = evaluator.evaluate(b.candidate(), b.candidate().at().seed(baseSeed));
            measured++;
            evaluated.add(new SearchOutcome.Evaluated(b.candidate(), b.bound(), objective));
            if (objective > bestObjective) {
                best = b.candidate();
                bestObjective = objective;
            }
        }
        return new SearchOutcome(best, bestObjective, evaluated, candidates.size(), candidates.size() - measured);
    }
}
