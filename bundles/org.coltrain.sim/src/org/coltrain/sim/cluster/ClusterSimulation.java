package org.coltrain.sim.cluster;

import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.serve.ProgressListener;

/**
 * Entry point of the fleet simulator: load-balanced inference over many accelerators and one data-parallel
 * training job in their idle cycles, in one discrete-event run. Pure function of the config: the same config
 * (seed included) gives an equal {@link ClusterResult}.
 */
public final class ClusterSimulation {

    private ClusterSimulation() {}

    public static ClusterResult run(ClusterConfig config, ProgressListener listener) {
        return new ClusterRun(config).run(listener);
    }

    public static ClusterResult run(ClusterConfig config) {
        return run(config, ProgressListener.NONE);
    }
}
