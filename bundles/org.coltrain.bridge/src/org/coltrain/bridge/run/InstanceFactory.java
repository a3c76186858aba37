package org.coltrain.bridge.run;

import java.io.IOException;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.arrival.TraceParseException;

/**
 * How an experiment becomes a {@link SimulationInstance}: interpreted by the bridge (the default), or generated and
 * compiled (org.coltrain.dsl, which the bridge cannot see: the CLI and the IDE pass it in as a run setting).
 */
@FunctionalInterface
public interface InstanceFactory {

    /** Interpreted, user-written policies compiled on this JVM's class path (the CLI's). */
    InstanceFactory INTERPRETED = experiment -> interpreted(PolicyCompiler.plainJvm()).create(experiment);

    /** Interpreted, user-written policies compiled by {@code policies} (the IDE's: against its bundles). */
    static InstanceFactory interpreted(PolicyCompiler policies) {
        return experiment -> {
            try {
                return InterpretedInstance.of(experiment, new ModelToServing(policies));
            } catch (TraceParseException | PolicyException e) {
                throw RunException.located(e.getMessage(), e);
            } catch (IOException e) {
                throw RunException.model("cannot read a file experiment " + experiment.getName() + " names: " + e.getMessage(), e);
            }
        };
    }

    /** The instance, or a {@link RunException} saying what the user must change (a trace file, a missing compiler). */
    SimulationInstance create(Experiment experiment) throws RunException;
}
