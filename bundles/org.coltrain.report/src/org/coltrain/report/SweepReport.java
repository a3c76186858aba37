package org.coltrain.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.bridge.run.SweepOutput;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.report.plot.ParetoFront;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;

/**
 * The pictures of a sweep, next to its sweep.csv: {@code pareto.svg} (the first service's p99 latency against its
 * throughput, non-dominated points joined; for a sweep without services, area against training samples/s),
 * throughput, p99 and training throughput against offered load, a design-space scatter when area or power varies,
 * and {@code report.html} with them and the points. Points are grouped into lines by the swept values other
 * than the arrival rate, so a sweep over (max batch, rate) gives one line per max batch.
 */
public final class SweepReport {

    private SweepReport() {
    }

    /** pareto.svg, svg/*.svg and report.html of a sweep's run. */
    static void write(OutputFiles files, SweepOutput sweep) throws IOException {
        Map<String, String> plots = plots(sweep.paths(), sweep.rows());
        for (Map.Entry<String, String> e : plots.entrySet())
            files.writeString(e.getKey().equals("pareto") ? "pareto.svg" : "svg/" + e.getKey() + ".svg", e.getValue());
        files.writeString("report.html", html(sweep.target().element().getName(), sweep.paths(), sweep.rows(), plots, sweep.pointsPerS()));
    }

    /** Plot name -> SVG; "pareto" first. */
    public static Map<String, String> plots(List<String> paths, List<SweepCsv.Row> rows) {
        Map<String, String> plots = new LinkedHashMap<>();
        if (rows.isEmpty()) return plots;
        String[] labels = labels(paths, rows);
        SimulationResult first = rows.get(0).result();
        if (!first.services().isEmpty()) {
            String svc = first.services().get(0).name();
            double[] p99 = metric(rows, r -> r.result().services().get(0).p99Us());
            double[] thr = metric(rows, r -> r.result().services().get(0).throughputRps());
            plots.put("pareto", Plots.pareto("pareto", "Latency vs throughput (" + svc + "): Pareto front", "p99 latency (us), lower is better",
                    "throughput (requests/s), higher is better", p99, thr, labels, true, true));
        } else if (!first.training().isEmpty()) {
            plots.put("pareto", Plots.pareto("pareto", "Area vs training throughput: Pareto front", "area (mm2), lower is better",
                    "training samples/s, higher is better", metric(rows, SweepCsv.Row::areaMm2),
                    metric(rows, r -> r.result().training().get(0).samplesPerS()), labels, true, true));
        }
        int rate = rateAxis(paths);
        Map<String, List<Integer>> groups = groups(paths, rows, rate);
        for (int s = 0; s < first.services().size(); s++) {
            final int k = s;
            String name = first.services().get(s).name();
            plots.put("throughput-vs-load-" + name, Plots.lines("throughput-vs-load-" + name, "Throughput vs offered load (" + name + ")",
                    "offered load (requests/s)", "throughput (requests/s)",
                    lines(groups, rows, r -> r.result().services().get(k).arrivalRateRps(), r -> r.result().services().get(k).throughputRps()), true));
            plots.put("p99-vs-load-" + name, Plots.lines("p99-vs-load-" + name, "p99 latency vs offered load (" + name + ", SLO "
                    + fmt(first.services().get(s).sloUs()) + " us)", "offered load (requests/s)", "p99 latency (us)",
                    lines(groups, rows, r -> r.result().services().get(k).arrivalRateRps(), r -> r.result().services().get(k).p99Us()), false));
        }
        for (int j = 0; j < first.training().size(); j++) {
            final int k = j;
            String name = first.training().get(j).name();
            plots.put("training-vs-load-" + name, Plots.lines("training-vs-load-" + name, "Training throughput vs offered load (" + name + ")",
                    "offered inference load (requests/s, all services)", "training samples/s",
                    lines(groups, rows, SweepReport::offeredLoad, r -> r.result().training().get(k).samplesPerS()), false));
        }
        double[] area = metric(rows, SweepCsv.Row::areaMm2), power = metric(rows, SweepCsv.Row::powerMw);
        if (!first.services().isEmpty() && varies(area))
            plots.put("design-area", Plots.pareto("design-area", "Design space: throughput vs area", "area (mm2)", "throughput (requests/s)",
                    area, metric(rows, r -> r.result().services().get(0).throughputRps()), labels, true, true));
        if (!first.services().isEmpty() && varies(power))
            plots.put("design-power", Plots.pareto("design-power", "Design space: throughput vs peak power", "peak power (mW)",
                    "throughput (requests/s)", power, metric(rows, r -> r.result().services().get(0).throughputRps()), labels, true, true));
        return plots;
    }

    static String html(String experiment, List<String> paths, List<SweepCsv.Row> rows, Map<String, String> plots, double pointsPerS) {
        HtmlPage page = new HtmlPage("ColTraIn sweep: " + experiment);
        page.paragraph(String.format(Locale.ROOT, "%d points over %s; %.2f points/s. Every point uses the experiment's seed; "
                + "the table is sweep.csv's key columns (all columns in sweep.csv).", rows.size(), String.join(" x ", paths), pointsPerS));
        List<Integer> front = List.of();
        if (!rows.isEmpty() && !rows.get(0).result().services().isEmpty())
            front = ParetoFront.of(metric(rows, r -> r.result().services().get(0).p99Us()),
                    metric(rows, r -> r.result().services().get(0).throughputRps()), true, true);
        List<String> header = new ArrayList<>(paths);
        SimulationResult first = rows.isEmpty() ? null : rows.get(0).result();
        if (first != null) {
            for (ServiceResult s : first.services()) {
                header.add(s.name() + " throughput/s");
                header.add(s.name() + " p99 us");
                header.add(s.name() + " SLO");
            }
            for (TrainingResult t : first.training()) header.add(t.name() + " samples/s");
        }
        header.addAll(List.of("area mm2", "power mW", "Pareto"));
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SweepCsv.Row r = rows.get(i);
            List<String> cells = new ArrayList<>();
            for (double v : r.values()) cells.add(fmt(v));
            for (ServiceResult s : r.result().services()) {
                cells.add(fmt(s.throughputRps()));
                cells.add(fmt(s.p99Us()));
                cells.add(s.sloMet() ? "+met" : s.overloaded() ? "!overloaded" : "!missed");
            }
            for (TrainingResult t : r.result().training()) cells.add(fmt(t.samplesPerS()));
            cells.add(fmt(r.areaMm2()));
            cells.add(fmt(r.powerMw()));
            cells.add(front.contains(i) ? "+on the front" : "");
            table.add(cells);
        }
        page.heading("Points").table(header, table);
        page.heading("Plots");
        page.raw("<div class=\"plots\">\n");
        for (Map.Entry<String, String> e : plots.entrySet())
            page.figure(e.getValue(), e.getKey().equals("pareto") ? "pareto.svg" : "svg/" + e.getKey() + ".svg");
        page.raw("</div>\n");
        return page.html();
    }

    /** The axis that varies the arrival rate (its path names a rate), or -1. */
    static int rateAxis(List<String> paths) {
        for (int a = 0; a < paths.size(); a++) if (paths.get(a).toLowerCase(Locale.ROOT).contains("rate")) return a;
        return -1;
    }

    /** Row indices grouped by the values of every axis but {@code except}, in first-seen order. */
    static Map<String, List<Integer>> groups(List<String> paths, List<SweepCsv.Row> rows, int except) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> key = new ArrayList<>();
            for (int a = 0; a < paths.size(); a++) if (a != except) key.add(shortName(paths.get(a)) + "=" + fmt(rows.get(i).values()[a]));
            groups.computeIfAbsent(key.isEmpty() ? "points" : String.join(", ", key), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static List<Series> lines(Map<String, List<Integer>> groups, List<SweepCsv.Row> rows,
            java.util.function.ToDoubleFunction<SweepCsv.Row> x, java.util.function.ToDoubleFunction<SweepCsv.Row> y) {
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> idx = new ArrayList<>(g.getValue());
            idx.sort(java.util.Comparator.comparingDouble(i -> x.applyAsDouble(rows.get(i))));
            double[] xs = new double[idx.size()], ys = new double[idx.size()];
            for (int i = 0; i < idx.size(); i++) {
                xs[i] = x.applyAsDouble(rows.get(idx.get(i)));
                ys[i] = y.applyAsDouble(rows.get(idx.get(i)));
            }
            out.add(new Series(g.getKey(), xs, ys));
        }
        return out;
    }

    private static String[] labels(List<String> paths, List<SweepCsv.Row> rows) {
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int a = 0; a < paths.size(); a++) parts.add(shortName(paths.get(a)) + "=" + fmt(rows.get(i).values()[a]));
            labels[i] = String.join(" ", parts);
        }
        return labels;
    }

    private static double offeredLoad(SweepCsv.Row r) {
        double sum = 0;
        for (ServiceResult s : r.result().services()) sum += s.arrivalRateRps();
        return sum;
    }

    private static double[] metric(List<SweepCsv.Row> rows, java.util.function.ToDoubleFunction<SweepCsv.Row> f) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(rows.get(i));
        return out;
    }

    private static boolean varies(double[] v) {
        for (double d : v) if (Math.abs(d - v[0]) > 1e-9 * Math.max(1, Math.abs(v[0]))) return true;
        return false;
    }

    /** "^workload.resnet.^arrival.rateHz" -> "rateHz". */
    static String shortName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.startsWith("^") ? last.substring(1) : last;
    }

    private static String fmt(double v) {
        return org.coltrain.report.expr.Values.text(v);
    }
}
