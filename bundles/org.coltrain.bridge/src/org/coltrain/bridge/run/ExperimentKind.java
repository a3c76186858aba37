package org.coltrain.bridge.run;

import java.util.List;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.Element;
import org.coltrain.model.Experiment;
import org.coltrain.model.OutputKind;
import org.coltrain.model.RunResult;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.result.SimulationResult;

/**
 * An experiment: its services and training jobs on one accelerator, simulated by the generated class or the
 * bridge's interpretation of the model (the {@link InstanceFactory} setting; interpreted by default).
 */
final class ExperimentKind implements RunKind {

    /** Work intervals traced for the timeline diagram: a readable picture, and a bounded cost however long the run. */
    static final int TRACE_INTERVALS = 600;

    @Override
    public String keyword() {
        return "experiment";
    }

    @Override
    public Class<? extends Element> elementType() {
        return Experiment.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        Experiment experiment = (Experiment) element;
        SimulationInstance instance = options.setting(InstanceFactory.class, InstanceFactory.INTERPRETED).create(experiment);
        List<OutputKind> outputs = experiment.getOutputs();
        boolean tables = outputs.isEmpty() || outputs.contains(OutputKind.CSV);
        boolean report = outputs.isEmpty() || outputs.contains(OutputKind.REPORT);
        RunTarget target = new RunTarget(this, experiment);
        return monitor -> {
            monitor.progress("simulating " + experiment.getName(), 0);
            SimulationResult result = instance.simulate(options.seed(), report ? TRACE_INTERVALS : 0,
                    monitor.listener("simulating " + experiment.getName(), 0, 1));
            monitor.checkCancelled();
            AcceleratorCost cost = CostModel.of(instance.accelerator());
            NetworkTiming batch1 = experiment.getWorkload().getServices().isEmpty() ? null
                    : NetworkTiming.of(instance.accelerator(),
                            ModelToSim.network(experiment.getWorkload().getServices().get(0).getNetwork()), 1);
            RunResult model = ResultsToModel.withAccelerator(
                    ResultsToModel.toModel(modelLabel, cost.areaMm2(), cost.powerMw(), result, batch1), instance.accelerator());
            String json = ResultsJson.toJson(modelLabel, instance.accelerator(), cost.areaMm2(), cost.powerMw(), result);
            return new ExperimentOutput(target, experiment, result, instance.accelerator().name(), cost, model, json, tables, report);
        };
    }
}
