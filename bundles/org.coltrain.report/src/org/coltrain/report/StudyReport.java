package org.coltrain.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.bridge.study.StudyOutcome;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;
import org.coltrain.sim.study.CapacityStudyResult;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.StudyTable;
import org.coltrain.sim.study.Verdict;

/**
 * {@code report.html} of a study: the claims (published, ours, verdict, calibrations), the notes (where each
 * figure came from: search, cache, assumptions), every table, and for a capacity study the plots: p99 latency
 * against offered load per workload and design, the mix capacity and the mix ratio against the SLO.
 */
public final class StudyReport {

    private StudyReport() {
    }

    /** report.html of a study's run. */
    static void write(OutputFiles files, StudyOutcome outcome) throws IOException {
        files.writeString("report.html", html(outcome));
    }

    static String html(StudyOutcome outcome) {
        HtmlPage page = new HtmlPage("Study " + outcome.study() + " (" + outcome.kind() + ")");
        page.heading("Claims");
        List<List<String>> rows = new ArrayList<>();
        for (ClaimCheck c : outcome.claims())
            rows.add(List.of(c.claim().name(), c.claim().source(), ClaimsCsv.number(c.claim().published()),
                    ClaimsCsv.number(c.ours()), c.unit(), ClaimsCsv.number(c.claim().tolerance()),
                    (c.verdict() == Verdict.REPRODUCED ? "+" : c.verdict() == Verdict.NOT_REPRODUCED ? "!" : "")
                            + c.verdict().label(), String.join("; ", c.dependsOn())));
        page.table(List.of("claim", "source", "published", "ours", "unit", "tolerance", "verdict", "depends_on"), rows);
        if (!outcome.notes().isEmpty()) {
            page.heading("Provenance and assumptions");
            for (String n : outcome.notes()) page.paragraph(n);
        }
        if (outcome.capacity() != null) plots(page, outcome.capacity());
        for (StudyTable t : outcome.tables()) {
            if (t.rows().isEmpty()) continue;
            page.heading(t.title() + " (" + t.name() + ".csv)");
            page.table(t.columns(), t.rows());
        }
        return page.html();
    }

    private static void plots(HtmlPage page, CapacityStudyResult r) {
        page.heading("Plots");
        page.raw("<div class=\"plots\">\n");
        List<String> workloads = new ArrayList<>();
        Map<String, double[]> factors = new LinkedHashMap<>();
        List<CapacityStudyResult.WorkloadRow> all = new ArrayList<>(r.workloads());
        all.add(r.mix());
        double[] ratios = new double[all.size()], scheduler = new double[all.size()], design = new double[all.size()];
        for (int k = 0; k < all.size(); k++) {
            workloads.add(all.get(k).workload());
            ratios[k] = all.get(k).ratio();
            scheduler[k] = all.get(k).schedulerFactor();
            design[k] = all.get(k).designFactor();
        }
        factors.put("ratio", ratios);
        factors.put("scheduler factor", scheduler);
        factors.put("design factor", design);
        page.figure(Plots.factorBars("ratio-factors", "Capacity ratio per workload and where it comes from", "x",
                workloads, factors), "ratio = scheduler factor (baseline design, the other scheduler) x design factor "
                        + "(same scheduler, the other design); mix: weighted geometric mean");
        Map<String, Map<String, List<double[]>>> load = new LinkedHashMap<>();
        for (CapacityStudyResult.LoadPoint p : r.loadCurve())
            load.computeIfAbsent(p.workload(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.design() + " / " + p.scheduler(), k -> new ArrayList<>())
                    .add(new double[] {p.offeredRps(), p.p99Us()});
        int i = 0;
        for (var w : load.entrySet())
            page.figure(Plots.lines("load-" + i++, w.getKey() + ": p99 latency vs offered load", "offered load (req/s)",
                    "p99 latency (us)", series(w.getValue()), false), w.getKey() + ": the SLO holds up to each design's capacity");
        Map<String, List<double[]>> capacity = new LinkedHashMap<>(), ratio = new LinkedHashMap<>();
        for (CapacityStudyResult.SloPoint p : r.sloCurve()) {
            capacity.computeIfAbsent(p.design() + " / " + p.scheduler(), k -> new ArrayList<>())
                    .add(new double[] {p.sloUs(), p.mixCapacityRps()});
            List<double[]> mix = ratio.computeIfAbsent("mix ratio", k -> new ArrayList<>());
            if (mix.isEmpty() || mix.get(mix.size() - 1)[0] != p.sloUs()) mix.add(new double[] {p.sloUs(), p.mixRatio()});
        }
        if (!capacity.isEmpty()) {
            page.figure(Plots.lines("slo-capacity", "Mix capacity vs SLO", "SLO (us)", "mix capacity (req/s, weighted "
                    + "geometric mean)", series(capacity), false), "each design under each scheduler");
            page.figure(Plots.lines("slo-ratio", "Mix ratio vs SLO", "SLO (us)", "ratio (x)", series(ratio), false),
                    "design under test with its scheduler over the baseline with its scheduler");
        }
        page.raw("</div>\n");
    }

    private static List<Series> series(Map<String, List<double[]>> points) {
        List<Series> out = new ArrayList<>();
        for (var e : points.entrySet()) {
            List<double[]> p = new ArrayList<>(e.getValue());
            p.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = new double[p.size()], y = new double[p.size()];
            for (int k = 0; k < p.size(); k++) { x[k] = p.get(k)[0]; y[k] = p.get(k)[1]; }
            out.add(new Series(e.getKey(), x, y));
        }
        return out;
    }
}
