package org.coltrain.bridge.run;

import java.io.IOException;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/** The experiment mapped by the bridge ({@link ModelToServing}) and run directly, without generating code. */
public record InterpretedInstance(ServingConfig config, AcceleratorSpec accelerator) implements SimulationInstance {

    /**
     * A trace file that cannot be read or parsed, or a user-written policy that does not compile, is the user's
     * error, reported before anything runs.
     */
    public static InterpretedInstance of(Experiment experiment, ModelToServing bridge) throws IOException, TraceParseException,
            PolicyException {
        return new InterpretedInstance(bridge.config(experiment, null), ModelToSim.accelerator(experiment.getAccelerator()));
    }

    @Override
    public SimulationResult simulate(Long seed, int traceIntervals, ProgressListener progress) {
        ServingConfig.Builder b = config.toBuilder().traceIntervals(traceIntervals);
        return ServingSimulation.run((seed == null ? b : b.seed(seed)).build(), progress);
    }
}
