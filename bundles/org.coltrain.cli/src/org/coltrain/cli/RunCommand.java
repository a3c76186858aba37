package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.ResultSummary;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the model, simulates one experiment (inference services and co-located training) and "
                + "writes results.json and results.xmi into the output folder; prints a summary.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-e", "--experiment" }, paramLabel = "NAME", description = "experiment to run (default: the only one in FILE)")
    String experimentName;

    @Option(names = { "-s", "--seed" }, paramLabel = "SEED", description = "random seed (default: the experiment's seed)")
    Long seed;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder (default: out/<experiment>/)")
    File out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (ModelFiles.expand(java.util.List.of(file), err) == null) return ExitCodes.USAGE;
        Optional<Model> model = Models.loadValid(file, err);
        if (model.isEmpty()) return ExitCodes.MODEL_ERRORS;
        Optional<Experiment> experiment = Models.find(model.get(), Experiment.class, experimentName, "--experiment", err);
        if (experiment.isEmpty()) return ExitCodes.USAGE;
        ServingConfig config;
        try {
            config = new ModelToServing().config(experiment.get(), seed);
        } catch (TraceParseException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        SimulationResult result = ServingSimulation.run(config, ProgressBar.forTerminal(err));
        AcceleratorSpec acc = ModelToSim.accelerator(experiment.get().getAccelerator());
        AcceleratorCost cost = CostModel.of(acc);
        Path dir = (out != null ? out : new File("out", experiment.get().getName())).toPath();
        String modelPath = IssueFormat.path(file);
        AtomicFiles.writeString(dir.resolve("results.json"), ResultsJson.toJson(modelPath, acc, cost.areaMm2(), cost.powerMw(), result));
        NetworkTiming batch1 = experiment.get().getWorkload().getServices().isEmpty() ? null
                : NetworkTiming.of(acc, ModelToSim.network(experiment.get().getWorkload().getServices().get(0).getNetwork()), 1);
        ResultsToModel.save(ResultsToModel.toModel(modelPath, cost.areaMm2(), cost.powerMw(), result, batch1),
                dir.resolve("results.xmi"));
        ResultSummary.print(result, stdout);
        stdout.printf("accelerator %s: %.1f mm2, %.0f mW%n", acc.name(), cost.areaMm2(), cost.powerMw());
        stdout.println("wrote " + dir.resolve("results.json") + " and results.xmi");
        stdout.flush();
        return ExitCodes.OK;
    }
}
