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
import org.coltrain.model.BalancingResult;
import org.coltrain.model.Cluster;
import org.coltrain.model.DesignResult;
import org.coltrain.model.FleetResult;
import org.coltrain.model.FleetTraining;
import org.coltrain.model.GradientAccuracyResult;
import org.coltrain.model.GradientEncodingResult;
import org.coltrain.model.ScalingResult;
import org.coltrain.model.Service;
import org.coltrain.model.ServiceResult;
import org.coltrain.model.TimeSeries;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;

/**
 * The report of a cluster run: fleet-wide service tails, the data-parallel job, utilisation per design, the
 * topology diagram, curves over the measured window, and the studies that ran, from the FleetResult metamodel.
 */
final class FleetReport {

    private FleetReport() {
    }

    static void write(OutputFiles files, Cluster cluster, FleetResult r, List<DiagramDescription> descriptions) throws IOException {
        Map<String, String> diagrams = ReportPages.diagrams(descriptions, ReportScope.of("cluster", cluster, r));
        Map<String, String> plots = plots(r);
        ReportPages.svgFiles(files, diagrams, plots);
        HtmlPage page = new HtmlPage("ColTraIn cluster: " + r.getCluster());
        page.paragraph(String.format(Locale.ROOT, "Model %s, seed %d. %d accelerators, %s batching; %s s measured of %s s simulated "
                + "(%d events).%s", r.getModel(), r.getSeed(), r.getAccelerators(), r.getScheduler(), num(r.getMeasuredS()),
                num(r.getSimulatedS()), r.getEvents(), r.getTopology() == null ? "" : String.format(Locale.ROOT,
                        " Interconnect %s, %s B/s links of %s s.", r.getTopology(), num(r.getLinkBandwidthBytesPerS()), num(r.getLinkLatencyS()))));
        if (!r.getServices().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < r.getServices().size(); i++) {
                ServiceResult s = r.getServices().get(i);
                rows.add(List.of(s.getName(), r.getBalancers().get(i), Long.toString(s.getArrivals()), Long.toString(s.getCompleted()),
                        Long.toString(s.getUnfinished()), f(s.getThroughputRps(), "%.1f"), f(s.getP50S() * 1e6, "%.0f"),
                        f(s.getP99S() * 1e6, "%.0f"), f(s.getSloS() * 1e6, "%.0f") + " at p" + num(percentile(cluster, s.getName())),
                        f(100 * s.getSloViolationRate(), "%.3f%%"), f(s.getMeanBatch(), "%.2f"),
                        s.isOverloaded() ? "!overloaded" : s.isSloMet() ? "+met" : "!missed"));
            }
            page.heading("Services over the fleet").table(List.of("service", "balancer", "arrivals", "completed", "unfinished",
                    "throughput (req/s)", "p50 (us)", "p99 (us)", "SLO (us)", "violations (of arrivals)", "mean batch", "SLO"), rows);
        }
        FleetTraining t = r.getTraining();
        if (t != null)
            page.heading("Data-parallel training").table(List.of("job", "workers", "samples/s", "of dedicated", "step (us)",
                    "all-reduce (us)", "gradients", "communication"), List.of(List.of(t.getName(), Integer.toString(t.getWorkers()),
                    f(t.getSamplesPerS(), "%.0f"), f(100 * t.getFractionOfDedicated(), "%.1f%%"), f(t.getMeanStepS() * 1e6, "%.0f"),
                    f(t.getAllReduceS() * 1e6, "%.0f") + " (" + t.getAlgorithm() + ")",
                    t.getGradientEncoding() + ", " + f(t.getGradientBytes() / 1e6, "%.1f") + " MB",
                    f(100 * t.getCommunicationShare(), "%.1f%%"))));
        List<List<String>> designs = new ArrayList<>();
        for (DesignResult d : r.getDesigns())
            designs.add(List.of(d.getDesign(), Integer.toString(d.getCount()), f(d.getInferenceUtilization(), "%.3f"),
                    f(d.getTrainingUtilization(), "%.3f"), f(d.getSwitchUtilization(), "%.3f"), f(d.getEnergyJ(), "%.4g")));
        page.heading("Utilisation per design").table(List.of("design", "accelerators", "inference", "training", "switching",
                "energy (J)"), designs);
        page.paragraph(String.format(Locale.ROOT, "The fleet used %.4g J in the measured window, %.4g W on average.", r.getEnergyJ(),
                r.getAveragePowerW()));
        studies(page, r);
        ReportPages.diagrams(page, descriptions, diagrams, d -> null);
        ReportPages.plots(page, plots);
        page.paragraph("Tables for scripts: results.json, results.xmi, series.csv and the studies' CSVs; each picture also as svg/NAME.svg.");
        files.writeString("report.html", page.html());
    }

    private static void studies(HtmlPage page, FleetResult r) {
        if (!r.getGradientEncodings().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (GradientEncodingResult e : r.getGradientEncodings())
                rows.add(List.of(e.getEncoding(), f(e.getGradientBytes() / 1e6, "%.1f"), f(e.getAllReduceS() * 1e6, "%.0f"),
                        f(100 * e.getCommunicationShare(), "%.1f%%"), f(e.getSteadySamplesPerS(), "%.0f")));
            page.heading("Gradient encodings").table(List.of("encoding", "gradient (MB)", "all-reduce (us)", "communication",
                    "samples/s (steady)"), rows);
        }
        if (!r.getGradientAccuracy().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (GradientAccuracyResult a : r.getGradientAccuracy())
                rows.add(List.of(a.getEncoding(), Integer.toString(a.getEpochs()), f(100 * a.getTestAccuracy(), "%.2f%%"),
                        f(100 * a.getFp32TestAccuracy(), "%.2f%%"), f(a.getFinalTrainLoss(), "%.4f"), f(a.getFp32FinalTrainLoss(), "%.4f")));
            page.heading("Gradient accuracy (digits MLP on the numerics harness)").table(List.of("gradients", "epochs", "test accuracy",
                    "FP32 test accuracy", "final training loss", "FP32 final training loss"), rows);
        }
    }

    /** Curves over the measured window, and the studies' curves when they ran. */
    static Map<String, String> plots(FleetResult r) {
        Map<String, String> plots = new LinkedHashMap<>();
        List<Series> throughput = new ArrayList<>(), p99 = new ArrayList<>(), utilization = new ArrayList<>();
        for (TimeSeries t : r.getSeries()) {
            if (t.getName().endsWith(" completed")) throughput.add(overTime(t.getName().replace(" completed", ""), t, 1 / t.getBucketS()));
            else if (t.getName().endsWith(" p99")) p99.add(overTime(t.getName(), t, 1e3));
            else if (t.getName().startsWith(org.coltrain.bridge.results.ResultsToModel.UTILIZATION_SERIES)) utilization.add(overTime(t.getName(), t, 1));
        }
        if (!throughput.isEmpty())
            plots.put("throughput", Plots.lines("throughput", "Completed requests per second over the fleet", "time in the measured window (s)",
                    "requests/s", throughput, false));
        if (!p99.isEmpty())
            plots.put("p99", Plots.lines("p99", "p99 latency per time bucket", "time in the measured window (s)", "ms", p99, false));
        if (!utilization.isEmpty())
            plots.put("utilization", Plots.lines("utilization", "Fleet-mean utilisation over time", "time in the measured window (s)",
                    "busy fraction", utilization, false));
        if (!r.getScaling().isEmpty()) {
            double[] x = new double[r.getScaling().size()], y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                ScalingResult s = r.getScaling().get(i);
                x[i] = s.getAccelerators();
                y[i] = s.getScalingEfficiency();
            }
            plots.put("scaling", Plots.lines("scaling", "Training scaling efficiency", "accelerators", "efficiency (1 = linear)",
                    List.of(new Series("efficiency", x, y)), false));
        }
        if (!r.getBalancing().isEmpty()) {
            Map<String, List<BalancingResult>> byLine = new LinkedHashMap<>();
            for (BalancingResult b : r.getBalancing()) byLine.computeIfAbsent(b.getPolicy() + " " + b.getService(), k -> new ArrayList<>()).add(b);
            List<Series> lines = new ArrayList<>();
            for (Map.Entry<String, List<BalancingResult>> e : byLine.entrySet()) {
                double[] x = new double[e.getValue().size()], y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = e.getValue().get(i).getLoadFactor();
                    y[i] = e.getValue().get(i).getP99S() * 1e3;
                }
                lines.add(new Series(e.getKey(), x, y));
            }
            plots.put("balancers", Plots.lines("balancers", "p99 latency against load, per balancer and service", "load factor",
                    "p99 (ms)", lines, false));
        }
        return plots;
    }

    private static Series overTime(String name, TimeSeries t, double factor) {
        double[] x = new double[t.getValues().size()], y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i + 0.5) * t.getBucketS();
            y[i] = t.getValues().get(i) * factor;
        }
        return new Series(name, x, y);
    }

    private static double percentile(Cluster cluster, String service) {
        if (cluster.getWorkload() != null)
            for (Service s : cluster.getWorkload().getServices()) if (s.getName().equals(service)) return s.getSloPercentile();
        return 99;
    }

}
