package org.coltrain.sim.serve;

import org.coltrain.sim.serve.result.SimulationResult;

/**
 * Entry point of the serving simulator: inference services with tail-latency SLOs share one accelerator with
 * training jobs that fill its idle cycles (Equinox, MICRO 2021). Pure function of the config: the same config
 * (seed included) gives an equal {@link SimulationResult}.
 */
public final class ServingSimulation {

    private ServingSimulation() {}

    public static SimulationResult run(ServingConfig config, ProgressListener listener) {
        return new ServingRun(config).run(listener);
    }

    public static SimulationResult run(ServingConfig config) {
        return run(config, ProgressListener.NONE);
    }
}
