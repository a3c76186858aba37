package org.coltrain.report;

import static org.coltrain.report.ReportPages.f;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.model.BaselineComparisonResult;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.MappingCandidate;
import org.coltrain.model.MappingResult;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.plot.Plots;

/**
 * The report of a mapping study (ODiMO): the mappings' totals against the first array, the per-layer split diagram
 * and the Pareto front of the objective against the accuracy-drop proxy, from the MappingResult metamodel.
 */
final class MappingReport {

    private MappingReport() {
    }

    static void write(OutputFiles files, ChannelMapping mapping, MappingResult r, List<DiagramDescription> descriptions)
            throws IOException {
        Map<String, String> diagrams = ReportPages.diagrams(descriptions, ReportScope.of("mapping", mapping, r));
        Map<String, String> plots = plots(r);
        ReportPages.svgFiles(files, diagrams, plots);
        HtmlPage page = new HtmlPage("ColTraIn mapping: " + r.getMapping());
        page.paragraph(String.format(Locale.ROOT, "Model %s. Network %s on %s: array %s (%s weights) and array %s (%s weights). "
                + "Minimise %s with an accuracy-drop proxy budget of %.3f (0 = the most accurate mapping, 1 = the least).",
                r.getModel(), r.getNetwork(), r.getSoc(), r.getFirstArray(), r.getFirstWeights(), r.getSecondArray(),
                r.getSecondWeights(), r.getObjective(), r.getBudget()));
        boolean accuracy = r.getCandidates().stream().anyMatch(MappingCandidate::isSetTestAccuracy);
        List<String> header = new ArrayList<>(List.of("mapping", "latency (us)", "vs " + r.getFirstArray(), "energy (nJ)",
                "vs " + r.getFirstArray(), "drop"));
        if (accuracy) header.add("test accuracy");
        List<List<String>> rows = new ArrayList<>();
        for (MappingCandidate c : r.getCandidates()) {
            List<String> row = new ArrayList<>(List.of(c.getLabel(), f(c.getLatencyS() * 1e6, "%.1f"), pct(c.getLatencyChange()),
                    f(c.getEnergyJ() * 1e9, "%.1f"), pct(c.getEnergyChange()), f(c.getDrop(), "%.3f")));
            if (accuracy) row.add(c.isSetTestAccuracy() ? f(c.getTestAccuracy(), "%.4f") : "-");
            rows.add(row);
        }
        if (!r.getComparisons().isEmpty()) {
            List<List<String>> cmp = new ArrayList<>();
            for (BaselineComparisonResult c : r.getComparisons())
                cmp.add(List.of(c.getBaseline().getLabel(), f(c.getBaseline().getDrop(), "%.3f"), f(c.getBaseline().getEnergyJ() * 1e9, "%.1f"),
                        f(c.getSearchedEnergy().getEnergyJ() * 1e9, "%.1f"), pct(c.getEnergyChange()),
                        f(c.getBaseline().getLatencyS() * 1e6, "%.1f"), f(c.getSearchedLatency().getLatencyS() * 1e6, "%.1f"),
                        pct(c.getLatencyChange()), c.getSource()));
            page.heading("Against the paper's heuristic baselines, searched at each baseline's drop").table(List.of("baseline", "drop",
                    "energy (nJ)", "searched", "change", "latency (us)", "searched", "change", "source"), cmp);
        }
        page.heading("Mappings").table(header, rows);
        ReportPages.diagrams(page, descriptions, diagrams, d -> null);
        ReportPages.plots(page, plots);
        page.paragraph("Tables for scripts: results.json, results.xmi, mapping.csv (every mapping layer by layer), pareto.csv; "
                + "each picture also as svg/NAME.svg.");
        files.writeString("report.html", page.html());
    }

    /** The front (objective against drop) with the table's mappings labelled. */
    static Map<String, String> plots(MappingResult r) {
        Map<String, String> plots = new LinkedHashMap<>();
        boolean latency = "latency".equals(r.getObjective());
        // the exact front has a point per budget step (1,025 for DIANA): a plot needs a few hundred, and SVG viewers
        // (the IDE's among them) refuse pictures of thousands of elements
        List<MappingCandidate> front = sample(r.getFront(), MAX_FRONT_POINTS);
        List<MappingCandidate> points = new ArrayList<>(front);
        points.addAll(r.getCandidates());
        double[] x = new double[points.size()], y = new double[points.size()];
        String[] labels = new String[points.size()];
        for (int i = 0; i < x.length; i++) {
            MappingCandidate c = points.get(i);
            x[i] = c.getDrop();
            y[i] = latency ? c.getLatencyS() * 1e6 : c.getEnergyJ() * 1e9;
            labels[i] = i >= front.size() ? c.getLabel() : null;
        }
        if (x.length > 0)
            plots.put("pareto", Plots.pareto("pareto", "Pareto front: " + r.getObjective() + " against the accuracy-drop proxy"
                    + (front.size() < r.getFront().size() ? " (" + front.size() + " of its " + r.getFront().size() + " points)" : ""),
                    "accuracy-drop proxy (0 to 1), lower is better", (latency ? "latency (us)" : "energy (nJ)") + ", lower is better",
                    x, y, labels, true, false, false));
        return plots;
    }


    static final int MAX_FRONT_POINTS = 200;

    /** At most {@code n} elements, evenly spaced, the first and the last kept. */
    static <T> List<T> sample(List<T> all, int n) {
        if (all.size() <= n) return all;
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(all.get((int) Math.round((double) i * (all.size() - 1) / (n - 1))));
        return out;
    }

    private static String pct(double change) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * change);
    }
}
