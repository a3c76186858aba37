package org.coltrain.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.diagram.DiagramRenderer;

/**
 * How long the report of one run takes to draw, in memory (no file I/O): the first time in this JVM (class
 * loading included, as {@code coltrain run} without its warm-up would see it) and the mean of later repetitions,
 * per diagram and for the plots.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void run(Experiment experiment, RunResult result, PrintWriter out) {
        List<DiagramDescription> descriptions = DescriptionSet.forElement(DescriptionSet.builtIn(), "experiment");
        out.printf(Locale.ROOT, "report of %s (%d layers, %d traced intervals): first / mean of 10 later, ms%n", experiment.getName(),
                result.getLayers().size(), result.getTrace().size());
        long total = 0;
        for (DiagramDescription d : descriptions) total += row(out, "diagram " + d.name(), () -> DiagramRenderer.svg(d, RunReport.scope(experiment, result)));
        total += row(out, "plots", () -> RunPlots.of(experiment, result));
        total += row(out, "report.html", () -> {
            Map<String, String> diagrams = RunReport.diagrams(descriptions, experiment, result);
            return RunReport.html(experiment, result, descriptions, diagrams, RunPlots.of(experiment, result));
        });
        out.flush();
    }

    private static long row(PrintWriter out, String what, java.util.function.Supplier<Object> work) {
        long t0 = System.nanoTime();
        work.get();
        long first = System.nanoTime() - t0;
        int n = 10;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) work.get();
        double mean = (System.nanoTime() - t1) / (double) n;
        out.printf(Locale.ROOT, "  %-24s %9.1f %9.1f%n", what, first / 1e6, mean / 1e6);
        return first;
    }
}
