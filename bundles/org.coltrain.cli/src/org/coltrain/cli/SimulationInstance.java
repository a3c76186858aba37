package org.coltrain.cli;

import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/** What {@code coltrain run} simulates: the generated and compiled instance, or the model interpreted by the bridge. */
sealed interface SimulationInstance permits GeneratedInstance, InterpretedInstance {

    /** The accelerator as the simulation sees it (results.json reports its area and power). */
    AcceleratorSpec accelerator();

    /** Runs the experiment; {@code seed} null means the experiment's own. */
    default SimulationResult simulate(Long seed, ProgressListener progress) {
        return simulate(seed, 0, progress);
    }

    /** Runs the experiment recording the first {@code traceIntervals} work intervals (for the timeline diagram). */
    SimulationResult simulate(Long seed, int traceIntervals, ProgressListener progress);
}
