package org.coltrain.bridge.run;

import java.io.IOException;
import java.nio.file.Path;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/** The files of one run, each written atomically: results.json and results.xmi, then the report's CSVs and pictures. */
public final class RunOutputs {

    private RunOutputs() {
    }

    /** The accelerator's cost for the summary, and the results as EMF (what the report draws from). */
    public record Written(AcceleratorCost cost, RunResult results) {
    }

    /** Writes the run's files into {@code dir}. */
    public static Written write(Path dir, String modelPath, Experiment experiment, AcceleratorSpec acc, SimulationResult result)
            throws IOException {
        AcceleratorCost cost = CostModel.of(acc);
        AtomicFiles.writeString(dir.resolve("results.json"), ResultsJson.toJson(modelPath, acc, cost.areaMm2(), cost.powerMw(), result));
        NetworkTiming batch1 = experiment.getWorkload().getServices().isEmpty() ? null
                : NetworkTiming.of(acc, ModelToSim.network(experiment.getWorkload().getServices().get(0).getNetwork()), 1);
        RunResult results = ResultsToModel.withAccelerator(
                ResultsToModel.toModel(modelPath, cost.areaMm2(), cost.powerMw(), result, batch1), acc);
        ResultsToModel.save(results, dir.resolve("results.xmi"));
        return new Written(cost, results);
    }
}
