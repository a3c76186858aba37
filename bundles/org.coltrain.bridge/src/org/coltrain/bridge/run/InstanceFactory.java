package org.coltrain.bridge.run;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.model.Experiment;

/**
 * How an experiment becomes a {@link SimulationInstance}: interpreted by the bridge (the default), or generated and
 * compiled (org.coltrain.dsl, which the bridge cannot see: the CLI and the IDE pass it in as a run setting).
 */
@FunctionalInterface
public interface InstanceFactory {

    InstanceFactory INTERPRETED = experiment -> {
        try {
            return InterpretedInstance.of(experiment, new ModelToServing());
        } catch (org.coltrain.sim.serve.arrival.TraceParseException e) {
            throw RunException.located(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw RunException.model("cannot read a file experiment " + experiment.getName() + " names: " + e.getMessage(), e);
        }
    };

    /** The instance, or a {@link RunException} saying what the user must change (a trace file, a missing compiler). */
    SimulationInstance create(Experiment experiment) throws RunException;

}
