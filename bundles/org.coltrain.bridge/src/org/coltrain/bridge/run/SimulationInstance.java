package org.coltrain.bridge.run;

import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * What a run simulates: the generated and compiled instance (in org.coltrain.dsl) or the model interpreted by the
 * bridge. Shared by {@code coltrain run} and the IDE's launch configuration, so both run the same code path.
 */
public interface SimulationInstance {

    /** The accelerator as the simulation sees it (results.json reports its area and power). */
    AcceleratorSpec accelerator();

    /** Runs the experiment; {@code seed} null means the experiment's own. A listener may abort the run by throwing an unchecked exception. */
    default SimulationResult simulate(Long seed, ProgressListener progress) {
        return simulate(seed, 0, progress);
    }

    /** Runs the experiment recording the first {@code traceIntervals} work intervals (for the timeline diagram). */
    SimulationResult simulate(Long seed, int traceIntervals, ProgressListener progress);
}
