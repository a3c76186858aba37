package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coltrain.bridge.SweepPoints;
import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.model.Experiment;
import org.coltrain.report.RunReport;
import org.coltrain.report.SweepReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs every point of an experiment's 'sweep' entries (all combinations of their values) in parallel "
                + "and writes sweep.csv: one row per point, the swept values then the metrics of results.json, and pareto.svg "
                + "(latency vs throughput, non-dominated points joined), svg/*.svg and sweep-report.html. The rows "
                + "do not depend on --jobs: every point uses the experiment's seed.")
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-e", "--experiment" }, paramLabel = "NAME", description = "experiment to sweep (default: the only one in FILE)")
    String experimentName;

    @Option(names = { "-j", "--jobs" }, paramLabel = "N", description = "points simulated at once (default: available processors)")
    Integer jobs;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder (default: out/<experiment>/)")
    File out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (jobs != null && jobs < 1) {
            err.println("coltrain: --jobs must be at least 1, was " + jobs);
            return ExitCodes.USAGE;
        }
        Models.Found<Experiment> experiment = Models.load(file, Experiment.class, experimentName, "--experiment", err);
        if (!experiment.ok()) return experiment.exitCode();
        List<SweepPoints.Axis> axes = SweepPoints.axes(experiment.element());
        if (axes.isEmpty()) {
            err.println("coltrain: experiment " + experiment.element().getName() + " has no 'sweep' entries; add one, e.g. "
                    + "'sweep durationS in [1 s, 2 s]'");
            return ExitCodes.MODEL_ERRORS;
        }
        List<SweepPoints.Point> points = SweepPoints.points(axes);
        RunReport.warmUp(); // the pictures' class loading overlaps the simulations
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        List<SweepCsv.Row> rows;
        try {
            rows = new SweepRunner(threads).run(experiment.element(), axes, points, ProgressBar.forTerminal(err));
        } catch (SweepRunner.PointException e) {
            err.println("coltrain: " + e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path csv = (out != null ? out : new File("out", experiment.element().getName())).toPath().resolve("sweep.csv");
        AtomicFiles.writeString(csv, SweepCsv.toCsv(axes.stream().map(SweepPoints.Axis::path).toList(), rows));
        // sweep.csv, then the pictures: pareto.svg, svg/*.svg and sweep-report.html
        List<String> paths = axes.stream().map(SweepPoints.Axis::path).toList();
        RunReport.Written report = SweepReport.write(csv.getParent(), experiment.element().getName(), paths, rows, points.size() / seconds);
        stdout.printf("%d points on %d threads in %.2f s (%.2f points/s)%n", points.size(), threads, seconds, points.size() / seconds);
        stdout.println("wrote " + csv);
        stdout.printf(java.util.Locale.ROOT, "wrote %s, %s in %.0f ms%n", csv.resolveSibling("pareto.svg"), csv.resolveSibling("sweep-report.html"),
                report.elapsedNs() / 1e6);
        stdout.flush();
        return ExitCodes.OK;
    }
}
