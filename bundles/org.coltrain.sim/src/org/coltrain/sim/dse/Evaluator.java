package org.coltrain.sim.dse;

/**
 * The objective a search maximises, measured one candidate at a time. {@link #upperBound} must never be below
 * {@link #evaluate} of the same candidate: the search trusts it to skip candidates without measuring them.
 */
public interface Evaluator {

    /** An analytical bound on the objective (cheap: no simulation). */
    double upperBound(Candidate candidate);

    /** The objective, measured (for example by simulation); {@code seed} is the point's own seed. */
    double evaluate(Candidate candidate, long seed);
}
