package org.coltrain.sim.dse;

import java.util.List;

import org.coltrain.sim.exec.PointTask;

/**
 * The objectives a {@link ParetoSearch} scores candidates by: the measurement, as a serializable {@link PointTask}
 * (so any point engine can run it), and an analytical bound per objective that is never worse than the measured
 * value ({@link #optimistic}); the search trusts the bound to skip candidates that an already measured one
 * dominates. Both return one value per objective, in the order of {@link #objectives()}.
 */
public interface MultiObjective {

    List<Objective> objectives();

    /** Each objective's best possible value for this candidate, from analytical models only (no simulation). */
    double[] optimistic(Candidate candidate);

    /** Measures every objective of a candidate; a pure function of the candidate. */
    PointTask<Candidate, double[]> measurement();
}
