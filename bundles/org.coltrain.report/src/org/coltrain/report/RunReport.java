package org.coltrain.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.model.ServiceResult;
import org.coltrain.model.TrainingResult;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.diagram.DiagramGraph;
import org.coltrain.report.diagram.DiagramSvg;
import org.coltrain.report.diagram.ElkLayout;
import org.coltrain.report.diagram.Style;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;
import org.coltrain.report.expr.Scope;

/**
 * The report of an experiment's run: every diagram and plot as {@code svg/NAME.svg} (for viewers that show one
 * picture), and {@code report.html} with the summary and all pictures inline. Works from the EMF model and results
 * only, so a results view can redraw from a saved results.xmi.
 */
public final class RunReport {

    /** Work intervals traced for the timeline: a readable picture, and a bounded cost however long the run. */
    public static final int TRACE_INTERVALS = RunKinds.TRACE_INTERVALS;

    private RunReport() {
    }

    /**
     * Loads and initialises ELK, AWT and JFreeChart on a background daemon thread (about 2 s of class loading on a
     * cold JVM), so that a caller who starts it before simulating does not wait for it when writing the report.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                List<DiagramGraph.Node> chain = new java.util.ArrayList<>();
                List<DiagramGraph.Edge> edges = new java.util.ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    chain.add(new DiagramGraph.Node("c" + i, "warm", List.of("node " + i), Style.NONE, List.of()));
                    if (i > 0) edges.add(new DiagramGraph.Edge("e" + i, "warm", "c" + (i - 1), "c" + i, i % 3 == 0 ? "x" : null, Style.NONE));
                }
                DiagramGraph.Node box = new DiagramGraph.Node("box", "warm", List.of("box"), Style.NONE, chain);
                DiagramGraph.Node out = new DiagramGraph.Node("out", "warm", List.of("out"), Style.NONE, List.of());
                edges.add(new DiagramGraph.Edge("x", "warm", "box", "out", "to out", Style.NONE));
                DiagramSvg.render(ElkLayout.layout(new DiagramGraph("warm", "warm", "DOWN", false, List.of(box, out), edges, List.of())));
                Plots.lines("warm", "warm", "x", "y", List.of(new Series("s", new double[] { 0, 1 }, new double[] { 0, 1 })), true);
            } catch (RuntimeException | LinkageError e) {
                // only a warm-up: the real report reports any problem
            }
        }, "report-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The scope descriptions are evaluated in: {@code experiment} and {@code result}. */
    public static Scope scope(Experiment experiment, RunResult result) {
        return ReportScope.of("experiment", experiment, result);
    }

    /** Every experiment diagram of {@code descriptions} (those for other element kinds are left out) as SVG, by name. */
    public static Map<String, String> diagrams(List<DiagramDescription> descriptions, Experiment experiment, RunResult result) {
        return ReportPages.diagrams(DescriptionSet.forElement(descriptions, "experiment"), scope(experiment, result));
    }

    /** svg/*.svg and report.html of an experiment's run; {@code descriptions} are the experiment's. */
    static void write(OutputFiles files, Experiment experiment, RunResult result, List<DiagramDescription> descriptions)
            throws IOException {
        // plots (JFreeChart) on a second thread while the diagrams (ELK) are drawn on this one
        java.util.concurrent.FutureTask<Map<String, String>> plotTask = new java.util.concurrent.FutureTask<>(() -> RunPlots.of(experiment, result));
        Thread plotter = new Thread(plotTask, "report-plots");
        plotter.setDaemon(true);
        plotter.start();
        Map<String, String> diagrams = diagrams(descriptions, experiment, result);
        Map<String, String> plots = join(plotTask);
        ReportPages.svgFiles(files, diagrams, plots);
        files.writeString("report.html", html(experiment, result, descriptions, diagrams, plots));
    }

    static String html(Experiment experiment, RunResult r, List<DiagramDescription> descriptions, Map<String, String> diagrams,
            Map<String, String> plots) {
        HtmlPage page = new HtmlPage("ColTraIn run: " + r.getExperiment());
        page.paragraph(String.format(Locale.ROOT, "Model %s, seed %d, %s s simulated. Accelerator %s: %.1f mm2, %.1f W peak; "
                + "utilization %.1f%% (inference %.1f%%, training %.1f%%); energy %.4g J.", r.getModel(), r.getSeed(),
                num(r.getSimulatedS()), experiment.getAccelerator().getName(), r.getAreaM2() * 1e6, r.getPowerW(),
                100 * r.getUtilization(), 100 * r.getInferenceUtilization(), 100 * r.getTrainingUtilization(), r.getEnergyJ()));
        if (!r.getCalibrations().isEmpty())
            page.paragraph("Area, power and energy depend on calibrations (parameters without a primary source; "
                    + "coltrain calibrations lists them with their bounds): " + String.join(", ", r.getCalibrations()) + ".");
        if (!r.getServices().isEmpty()) {
            page.heading("Inference services");
            List<List<String>> rows = new ArrayList<>();
            for (ServiceResult s : r.getServices()) {
                double percentile = RunPlots.sloPercentile(experiment, s.getName());
                rows.add(List.of(s.getName(), Long.toString(s.getArrivals()), Long.toString(s.getCompleted()),
                        Long.toString(s.getUnfinished()), f1(s.getThroughputRps()), f1(s.getP50S() * 1e6),
                        f1(s.getP99S() * 1e6), f1(s.getP999S() * 1e6), f1(s.getSloS() * 1e6) + " at p" + num(percentile),
                        String.format(Locale.ROOT, "%.3f%%", 100 * s.getSloViolationRate()), String.format(Locale.ROOT, "%.2f", s.getMeanBatch()),
                        s.isOverloaded() ? "!overloaded" : s.isSloMet() ? "+met" : "!missed"));
            }
            page.table(List.of("service", "arrivals", "completed", "unfinished", "throughput (req/s)", "p50 (us)",
                    "p99 (us)", "p99.9 (us)", "SLO (us)", "violations (of arrivals)", "mean batch", "SLO"), rows);
            for (ServiceResult s : r.getServices())
                if (s.isOverloaded()) page.paragraph(String.format(Locale.ROOT, "%s is overloaded: %d of the %d requests "
                        + "that arrived in the measured window were unfinished at its end, %d of them already older "
                        + "than the SLO, so its queue grows with the run; the latency percentiles describe only the "
                        + "completed requests.", s.getName(), s.getUnfinished(), s.getArrivals(), s.getUnfinishedLate()));
        }
        if (!r.getTraining().isEmpty()) {
            page.heading("Co-located training");
            List<List<String>> rows = new ArrayList<>();
            for (TrainingResult t : r.getTraining())
                rows.add(List.of(t.getName(), f1(t.getSamplesPerS()), String.format(Locale.ROOT, "%.1f%%", 100 * t.getFractionOfDedicated())));
            page.table(List.of("job", "samples/s", "of the same job alone on this accelerator"), rows);
        }
        ReportPages.diagrams(page, descriptions, diagrams, d -> d.kind() == DiagramDescription.Kind.TIMELINE && !r.isTraceComplete()
                ? "Shows the first " + r.getTrace().size() + " work intervals of the measured window." : null);
        ReportPages.plots(page, plots);
        page.paragraph("Tables for scripts: results.json, results.xmi, layers.csv, latency_histogram.csv, timeseries.csv; "
                + "each picture also as svg/NAME.svg.");
        return page.html();
    }

    private static <T> T join(java.util.concurrent.FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the plots", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return org.coltrain.report.expr.Values.text(v);
    }
}
