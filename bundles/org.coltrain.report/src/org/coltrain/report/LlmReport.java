package org.coltrain.report;

import static org.coltrain.report.ReportPages.f;
import static org.coltrain.report.ReportPages.num;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.model.LlmServingResult;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;

/** The report of an LLM serving run: requests, TTFT and TPOT against the SLOs, the fine-tuning share, KV occupancy. */
final class LlmReport {

    private LlmReport() {
    }

    static void write(OutputFiles files, LlmServingResult r) throws IOException {
        Map<String, String> plots = plots(r);
        ReportPages.svgFiles(files, Map.of(), plots);
        HtmlPage page = new HtmlPage("ColTraIn LLM serving: " + r.getServing());
        page.paragraph(String.format(Locale.ROOT, "Model %s, seed %d. %s on accelerator %s, %s batching, %s s simulated.",
                r.getModel(), r.getSeed(), r.getTransformer(), r.getAccelerator(), r.getBatching(), num(r.getSimulatedS())));
        page.heading("Requests").table(List.of("arrived", "completed", "unfinished", "rejected", "preemptions", "iterations",
                "output tokens/s", "goodput (req/s)", "SLO attainment"),
                List.of(List.of(Long.toString(r.getArrived()), Long.toString(r.getCompleted()), Long.toString(r.getUnfinished()),
                        Long.toString(r.getRejected()), Long.toString(r.getPreemptions()), Long.toString(r.getIterations()),
                        f(r.getOutputTokensPerS(), "%.1f"), f(r.getGoodputPerS(), "%.3f"), f(100 * r.getSloAttainment(), "%.1f%%"))));
        String p = num(r.getSloPercentile());
        page.heading("Latency against the SLOs").table(List.of("", "p50 (ms)", "p90 (ms)", "p99 (ms)", "SLO (ms)", "met at p" + p),
                List.of(List.of("time to first token", f(r.getTtftP50S() * 1e3, "%.2f"), f(r.getTtftP90S() * 1e3, "%.2f"),
                                f(r.getTtftP99S() * 1e3, "%.2f"), f(r.getTtftSloS() * 1e3, "%.1f"), r.isTtftSloMet() ? "yes" : "no"),
                        List.of("time per output token", f(r.getTpotP50S() * 1e3, "%.2f"), f(r.getTpotP90S() * 1e3, "%.2f"),
                                f(r.getTpotP99S() * 1e3, "%.2f"), f(r.getTpotSloS() * 1e3, "%.1f"), r.isTpotSloMet() ? "yes" : "no")));
        boolean job = !r.getFineTune().isEmpty();
        page.heading("Accelerator").table(List.of("serving busy", "fine-tuning job", "co-location", "training fraction",
                "of it packed beside iterations", "switch cost (us)", "training samples/s",
                "longest wait for training (ms)", "KV blocks", "KV occupancy mean", "KV occupancy max"),
                List.of(List.of(f(100 * r.getServingFraction(), "%.1f%%"), job ? r.getFineTune() : "-",
                        job ? r.getCoLocation() : "-", f(100 * r.getTrainingFraction(), "%.1f%%"),
                        f(100 * r.getPackedTrainingFraction(), "%.1f%%"), f(r.getSwitchCostS() * 1e6, "%.3f"),
                        f(r.getTrainingSamplesPerS(), "%.2f"),
                        f(r.getMaxTrainingDelayS() * 1e3, "%.3f"), Long.toString(r.getKvBlocks()),
                        f(100 * r.getKvOccupancyMean(), "%.1f%%"), f(100 * r.getKvOccupancyMax(), "%.1f%%"))));
        ReportPages.plots(page, plots);
        page.paragraph("Unfinished requests count as SLO violations and enter the percentiles with lower bounds (the time waited "
                + "so far). Tables for scripts: results.json, results.xmi, kv_occupancy.csv; each picture also as svg/NAME.svg.");
        files.writeString("report.html", page.html());
    }

    /** KV-cache occupancy over the run. */
    static Map<String, String> plots(LlmServingResult r) {
        Map<String, String> plots = new LinkedHashMap<>();
        int n = r.getKvOccupancy().size();
        if (n == 0) return plots;
        double[] x = new double[n], y = new double[n];
        for (int b = 0; b < n; b++) {
            x[b] = r.getSimulatedS() * b / n;
            y[b] = 100 * r.getKvOccupancy().get(b);
        }
        plots.put("kv-occupancy", Plots.lines("kv-occupancy", "KV-cache occupancy (time mean per bucket)", "time (s)", "% of blocks",
                List.of(new Series("occupancy", x, y)), false));
        return plots;
    }
}
