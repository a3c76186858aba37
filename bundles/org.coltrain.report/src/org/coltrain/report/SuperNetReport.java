package org.coltrain.report;

import static org.coltrain.report.ReportPages.f;
import static org.coltrain.report.ReportPages.num;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.model.PolicyResult;
import org.coltrain.model.QueryRecord;
import org.coltrain.model.SubNetResult;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.SuperNetServingResult;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;

/**
 * The report of a SuperNet serving run (SUSHI): the SubNets, every policy's figures on the same query stream, the
 * SubNet chosen per query and the cache contents over time (traced for one policy), from the metamodel.
 */
final class SuperNetReport {

    private SuperNetReport() {
    }

    static void write(OutputFiles files, SuperNetServing serving, SuperNetServingResult r, List<DiagramDescription> descriptions)
            throws IOException {
        Map<String, String> diagrams = ReportPages.diagrams(descriptions, ReportScope.of("serving", serving, r));
        Map<String, String> plots = plots(r);
        ReportPages.svgFiles(files, diagrams, plots);
        HtmlPage page = new HtmlPage("ColTraIn SuperNet serving: " + r.getServing());
        page.paragraph(String.format(Locale.ROOT, "Model %s, seed %d. SuperNet %s on accelerator %s with a %.0f KiB weight cache, "
                + "activations %s; %s s simulated, the first %s s warm-up.", r.getModel(), r.getSeed(), r.getSuperNet(),
                r.getAccelerator(), r.getCacheBytes() / 1024, r.isActivationsOnChip() ? "on chip" : "through DRAM",
                num(r.getSimulatedS()), num(r.getWarmupS())));
        List<String> header = new ArrayList<>(List.of("SubNet", "accuracy", "batch-1 latency (us)", "pinned (us)", "weights (KiB)"));
        for (PolicyResult p : r.getPolicies()) header.add("served by " + p.getPolicy());
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < r.getSubNets().size(); s++) {
            SubNetResult n = r.getSubNets().get(s);
            List<String> row = new ArrayList<>(List.of(n.getName(), f(100 * n.getAccuracy(), "%.2f%%"), f(n.getLatencyS() * 1e6, "%.1f"),
                    f(n.getPinnedLatencyS() * 1e6, "%.1f"), f(n.getWeightBytes() / 1024, "%.1f")));
            for (PolicyResult p : r.getPolicies()) row.add(Long.toString(p.getServedPerSubNet().get(s)));
            rows.add(row);
        }
        page.heading("SubNets").table(header, rows);
        rows = new ArrayList<>();
        for (PolicyResult p : r.getPolicies())
            rows.add(List.of(p.getPolicy(), p.getStaticSubNet().isEmpty() ? "-" : p.getStaticSubNet(), Long.toString(p.getQueries()),
                    f(p.getMeanS() * 1e6, "%.1f"), f(p.getP50S() * 1e6, "%.1f"), f(p.getP99S() * 1e6, "%.1f"),
                    f(100 * p.getTargetMetFraction(), "%.1f%%"), f(100 * p.getServedAccuracy(), "%.3f%%"),
                    f(p.getOffChipWeightBytesPerQuery() / 1024, "%.1f"), f(p.getOffChipEnergyJPerQuery() * 1e6, "%.2f"),
                    f(100 * p.getWeightHitRate(), "%.1f%%")));
        page.heading("Policies on the same query stream").table(List.of("policy", "static SubNet", "queries", "mean (us)", "p50 (us)",
                "p99 (us)", "targets met", "served accuracy", "weights from DRAM (KiB/query)", "off-chip energy (uJ/query)",
                "weight hit rate"), rows);
        String traced = r.isTraceComplete() ? "every measured query" : "the first " + r.getQueries().size() + " measured queries";
        ReportPages.diagrams(page, descriptions, diagrams, d -> "Policy " + r.getTracedPolicy() + ", " + traced + ".");
        ReportPages.plots(page, plots);
        page.paragraph("Tables for scripts: results.json, results.xmi, policies.csv, subnets.csv, queries.csv (the traced queries); "
                + "each picture also as svg/NAME.svg.");
        files.writeString("report.html", page.html());
    }

    /** The traced queries' latency against their latency target, by arrival time. */
    static Map<String, String> plots(SuperNetServingResult r) {
        Map<String, String> plots = new LinkedHashMap<>();
        List<QueryRecord> q = r.getQueries();
        if (q.isEmpty()) return plots;
        double[] x = new double[q.size()], latency = new double[q.size()], target = new double[q.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = q.get(i).getArrivalS() * 1e3;
            latency[i] = (q.get(i).getFinishS() - q.get(i).getArrivalS()) * 1e3;
            target[i] = (q.get(i).getDeadlineS() - q.get(i).getArrivalS()) * 1e3;
        }
        plots.put("query-latency", Plots.lines("query-latency", "Query latency against its target (" + r.getTracedPolicy() + ")",
                "arrival time (ms)", "ms", List.of(new Series("latency", x, latency), new Series("latency target", x, target)), false));
        return plots;
    }

}
