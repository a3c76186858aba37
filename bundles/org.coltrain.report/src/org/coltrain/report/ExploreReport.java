package org.coltrain.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.ExploreOutput;
import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.report.plot.Plots;
import org.coltrain.sim.dse.ExploreOutcome;
import org.coltrain.sim.dse.Objective;
import org.coltrain.sim.study.StudyTable;

/**
 * The pictures of a design exploration: capacity against area, peak power and energy per inference over the
 * measured candidates (each a two-objective projection of the front, its non-dominated points joined), and
 * {@code report.html} with them, the front and the sensitivity table.
 */
public final class ExploreReport {

    private ExploreReport() {
    }

    static void write(OutputFiles files, ExploreOutput output) throws IOException {
        Map<String, String> plots = plots(output.outcome());
        for (Map.Entry<String, String> e : plots.entrySet()) files.writeString("svg/" + e.getKey() + ".svg", e.getValue());
        files.writeString("report.html", html(output, plots));
    }

    /** Plot name -> SVG: capacity against each of area, power and energy that the exploration has. */
    public static Map<String, String> plots(ExploreOutcome o) {
        Map<String, String> plots = new LinkedHashMap<>();
        int capacity = o.objectives().indexOf(Objective.CAPACITY);
        if (capacity < 0) return plots;
        List<ExploreOutcome.Row> measured = o.rows().stream()
                .filter(r -> r.status() == ExploreOutcome.Status.MEASURED).toList();
        String[] labels = measured.stream().map(r -> r.candidate().arrayCount() + "x " + r.candidate().at().key())
                .toArray(String[]::new);
        double[] y = column(measured, capacity);
        for (Objective x : List.of(Objective.AREA, Objective.POWER, Objective.ENERGY)) {
            int k = o.objectives().indexOf(x);
            if (k < 0) continue;
            String id = "capacity-vs-" + x.keyword();
            plots.put(id, Plots.pareto(id, "Capacity at the SLO vs " + axis(x) + ": front of the measured candidates",
                    axis(x) + ", lower is better", "capacity (requests/s), higher is better", column(measured, k), y,
                    labels, true, true));
        }
        return plots;
    }

    private static String axis(Objective o) {
        return switch (o) {
            case AREA -> "area (mm2)";
            case POWER -> "peak power (W)";
            case ENERGY -> "energy per inference (uJ)";
            default -> o.column();
        };
    }

    static String html(ExploreOutput output, Map<String, String> plots) {
        ExploreOutcome o = output.outcome();
        HtmlPage page = new HtmlPage("ColTraIn design exploration: " + output.target().element().getName());
        page.paragraph(String.format(Locale.ROOT, "%s: %d candidates in the envelope, %d measured, %d pruned (their "
                + "analytical bound was dominated by a measured candidate, so none of them could be on the front), %d "
                + "not visited; %d on the Pareto front of %s. All candidates are in dse.csv.", o.strategy(),
                o.rows().size(), o.count(ExploreOutcome.Status.MEASURED), o.count(ExploreOutcome.Status.PRUNED),
                o.count(ExploreOutcome.Status.NOT_VISITED), o.front().size(),
                String.join(", ", o.objectives().stream().map(Objective::keyword).toList())));
        List<StudyTable> tables = output.tableList();
        for (StudyTable t : tables.subList(1, tables.size())) {
            page.heading(t.title() + " (" + t.name() + ".csv)");
            page.table(t.columns(), t.rows());
        }
        if (!plots.isEmpty()) {
            page.heading("Plots");
            page.raw("<div class=\"plots\">\n");
            for (Map.Entry<String, String> e : plots.entrySet()) page.figure(e.getValue(), "svg/" + e.getKey() + ".svg");
            page.raw("</div>\n");
        }
        return page.html();
    }

    private static double[] column(List<ExploreOutcome.Row> rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i).values()[k];
        return out;
    }
}
