package org.coltrain.sim.serve.engine;

/**
 * What an accelerator's training depends on beyond its own idle time: whether a job may start its next local
 * step, and who hears that a step ended (a data-parallel job waits for its all-reduce; a local job never waits).
 */
public interface TrainingGate {

    /** Local jobs: every step may start, nobody else hears of it. */
    TrainingGate LOCAL = new TrainingGate() {
        @Override public boolean mayStartStep(int node, int job, long localSteps) { return true; }

        @Override public void stepDone(int node, int job, long step, long nowNs) {}
    };

    /** Whether {@code job} on {@code node}, having computed {@code localSteps} steps, may start the next. */
    boolean mayStartStep(int node, int job, long localSteps);

    /** {@code job} on {@code node} finished computing local step {@code step} (0-based) at {@code nowNs}. */
    void stepDone(int node, int job, long step, long nowNs);
}
