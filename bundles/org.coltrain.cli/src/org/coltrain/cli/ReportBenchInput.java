package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.Optional;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.bridge.run.InterpretedInstance;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.model.RunResult;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.report.ReportBench;
import org.coltrain.report.RunReport;

/** The run {@code coltrain bench report} draws: the co-located Equinox example, simulated once with its trace. */
final class ReportBenchInput {

    static final File MODEL = new File("examples/equinox/equinox.coltrain");
    static final String EXPERIMENT = "EquinoxCoLocated";

    private ReportBenchInput() {
    }

    static int run(PrintWriter out, PrintWriter err) throws Exception {
        if (!MODEL.isFile()) {
            err.println("coltrain: bench report needs " + MODEL + "; run it from the repository root");
            return ExitCodes.USAGE;
        }
        Optional<Model> model = Models.loadValid(MODEL, err);
        if (model.isEmpty()) return ExitCodes.MODEL_ERRORS;
        Optional<Experiment> experiment = Models.find(model.get(), Experiment.class, EXPERIMENT, "--experiment", err);
        if (experiment.isEmpty()) return ExitCodes.USAGE;
        InterpretedInstance instance = InterpretedInstance.of(experiment.get(), new ModelToServing());
        SimulationResult result = instance.simulate(null, RunReport.TRACE_INTERVALS, ProgressListener.NONE);
        AcceleratorCost cost = CostModel.of(instance.accelerator());
        NetworkTiming batch1 = NetworkTiming.of(instance.accelerator(),
                ModelToSim.network(experiment.get().getWorkload().getServices().get(0).getNetwork()), 1);
        RunResult results = ResultsToModel.withAccelerator(
                ResultsToModel.toModel(IssueFormat.path(MODEL), cost.areaMm2(), cost.powerMw(), result, batch1),
                instance.accelerator());
        ReportBench.run(experiment.get(), results, out);
        return ExitCodes.OK;
    }
}
