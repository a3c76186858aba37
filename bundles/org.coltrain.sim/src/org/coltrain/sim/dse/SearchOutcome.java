package org.coltrain.sim.dse;

import java.util.List;

/**
 * What a {@link BranchAndBound} search found.
 *
 * @param best       the candidate with the highest measured objective (null when no candidate has a bound above 0)
 * @param evaluated  the candidates that were measured, in the order they were measured
 * @param candidates number of candidates in the envelope
 * @param pruned     candidates skipped because their bound could not beat the best measured objective
 */
public record SearchOutcome(Candidate best, double bestObjective, List<Evaluated> evaluated, int candidates,
        int pruned) {

    /** One measured candidate with its bound and objective. */
    public record Evaluated(Candidate candidate, double upperBound, double objective) {
    }

    public SearchOutcome {
        evaluated = List.copyOf(evaluated);
    }
}
