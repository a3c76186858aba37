package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.run.InterpretedInstance;
import org.coltrain.bridge.run.RunOutputs;
import org.coltrain.bridge.run.SimulationInstance;
import org.coltrain.dsl.generator.GeneratedInstance;
import org.coltrain.dsl.generator.InstanceCompiler;
import org.coltrain.model.Experiment;
import org.coltrain.model.Study;
import org.coltrain.report.RunReport;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.ResultSummary;
import org.coltrain.sim.serve.result.SimulationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the model, generates and compiles its simulation class, simulates one experiment (inference services and co-located training) and "
                + "writes results.json and results.xmi into the output folder, then layers.csv, latency_histogram.csv, timeseries.csv, "
                + "svg/*.svg and report.html (diagrams and plots); prints a summary.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-e", "--experiment" }, paramLabel = "NAME", description = "experiment (or study) to run (default: the only experiment in FILE)")
    String experimentName;

    @Option(names = { "-s", "--seed" }, paramLabel = "SEED", description = "random seed (default: the experiment's seed)")
    Long seed;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder (default: out/<experiment>/)")
    File out;

    @Option(names = "--interpret", description = "run the model through the bridge instead of generating, compiling "
            + "and running its simulation class (same results.json)")
    boolean interpret;

    @Option(names = "--diagrams", paramLabel = "DIR", description = "folder of diagram descriptions (*.json): one named like a "
            + "built-in (architecture, mapping, timeline) replaces it, others are added to the report")
    File diagrams;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (experimentName != null && StudyCommand.declares(file, experimentName)) {
            Models.Found<Study> study = Models.load(file, Study.class, experimentName, "--experiment", err);
            if (!study.ok()) return study.exitCode();
            return StudyCommand.run(study.element(), file, out, StudyCommand.CacheUse.READ_WRITE, 0, stdout, err);
        }
        RunReport.warmUp(); // the report's class loading (ELK, AWT, JFreeChart) overlaps loading and simulating
        Models.Found<Experiment> experiment = Models.load(file, Experiment.class, experimentName, "--experiment", err);
        if (!experiment.ok()) return experiment.exitCode();
        String modelPath = IssueFormat.path(file);
        SimulationInstance instance;
        try {
            instance = interpret ? InterpretedInstance.of(experiment.element(), new ModelToServing())
                    : GeneratedInstance.of(experiment.element(), modelPath);
        } catch (TraceParseException | PolicyException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        } catch (InstanceCompiler.NoCompilerException e) {
            err.println("coltrain: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Optional<List<DiagramDescription>> descriptions = ReportOutputs.descriptions(diagrams, err);
        if (descriptions.isEmpty()) return ExitCodes.USAGE;
        RunReport.Parts parts = RunReport.Parts.of(experiment.element());
        SimulationResult result = instance.simulate(seed, parts.report() ? RunReport.TRACE_INTERVALS : 0, ProgressBar.forTerminal(err));
        Path dir = (out != null ? out : new File("out", experiment.element().getName())).toPath();
        RunOutputs.Written written = RunOutputs.write(dir, modelPath, experiment.element(), instance.accelerator(), result);
        AcceleratorCost cost = written.cost();
        ResultSummary.print(result, stdout);
        stdout.printf(Locale.ROOT, "accelerator %s: %.1f mm2, %.1f W peak on chip (DRAM not included)%n", instance.accelerator().name(),
                cost.areaMm2(), cost.powerMw() / 1000);
        if (!written.results().getCalibrations().isEmpty())
            stdout.println("  area, power and energy depend on calibrations " + String.join(", ", written.results().getCalibrations())
                    + " (coltrain calibrations)");
        stdout.println("wrote " + dir.resolve("results.json") + " and results.xmi");
        Optional<RunReport.Written> report = ReportOutputs.write(dir, experiment.element(), written.results(), descriptions.get(), parts, err);
        if (report.isEmpty()) return ExitCodes.MODEL_ERRORS;
        ReportOutputs.print(dir, report.get(), stdout);
        stdout.flush();
        return ExitCodes.OK;
    }
}
