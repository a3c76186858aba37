package org.coltrain.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.Experiment;
import org.coltrain.model.HistogramBucket;
import org.coltrain.model.RunResult;
import org.coltrain.model.Service;
import org.coltrain.model.ServiceResult;
import org.coltrain.model.TimeSeries;
import org.coltrain.report.plot.Plots;
import org.coltrain.report.plot.Series;

/** The plots of one run, from its EMF results: latency CDF with the SLOs, utilization and throughput over time. */
public final class RunPlots {

    private RunPlots() {
    }

    /** File name (without .svg) -> SVG, in report order; a plot without data is left out. */
    public static Map<String, String> of(Experiment experiment, RunResult result) {
        Map<String, String> plots = new LinkedHashMap<>();
        List<Series> cdfs = new ArrayList<>();
        List<Double> slo = new ArrayList<>(), percentile = new ArrayList<>();
        for (ServiceResult s : result.getServices()) {
            if (s.getHistogram().isEmpty()) continue;
            long total = 0;
            for (HistogramBucket b : s.getHistogram()) total += b.getCount();
            double[] x = new double[s.getHistogram().size()], y = new double[x.length];
            long seen = 0;
            for (int i = 0; i < x.length; i++) {
                seen += s.getHistogram().get(i).getCount();
                x[i] = s.getHistogram().get(i).getUpperS() * 1e6;
                y[i] = (double) seen / total;
            }
            cdfs.add(new Series(s.getName(), x, y));
            slo.add(s.getSloS() * 1e6);
            percentile.add(sloPercentile(experiment, s.getName()));
        }
        if (!cdfs.isEmpty())
            plots.put("latency-cdf", Plots.latencyCdf("latency-cdf", cdfs, slo.stream().mapToDouble(Double::doubleValue).toArray(),
                    percentile.stream().mapToDouble(Double::doubleValue).toArray()));
        TimeSeries utilization = series(result, ResultsToModel.UTILIZATION_SERIES);
        if (utilization != null && !utilization.getValues().isEmpty())
            plots.put("utilization", Plots.lines("utilization", "Accelerator utilization over time", "time in the measured window (ms)",
                    "busy fraction", List.of(overTime("utilization", utilization, 1)), false));
        List<Series> rates = new ArrayList<>();
        for (TimeSeries t : result.getSeries()) {
            if (t == utilization || t.getValues().isEmpty() || t.getBucketS() <= 0) continue;
            String unit = t.getName().equals(ResultsToModel.TRAINING_SAMPLES_SERIES) ? " (samples/s)" : " (requests/s)";
            rates.add(overTime(t.getName() + unit, t, 1 / t.getBucketS()));
        }
        if (!rates.isEmpty())
            plots.put("throughput", Plots.lines("throughput", "Inference and training throughput over time",
                    "time in the measured window (ms)", "per second", rates, false));
        return plots;
    }

    private static Series overTime(String name, TimeSeries t, double factor) {
        double[] x = new double[t.getValues().size()], y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i + 0.5) * t.getBucketS() * 1e3;
            y[i] = t.getValues().get(i) * factor;
        }
        return new Series(name, x, y);
    }

    private static TimeSeries series(RunResult r, String name) {
        for (TimeSeries t : r.getSeries()) if (t.getName().equals(name)) return t;
        return null;
    }

    static double sloPercentile(Experiment experiment, String service) {
        if (experiment != null && experiment.getWorkload() != null)
            for (Service s : experiment.getWorkload().getServices()) if (s.getName().equals(service)) return s.getSloPercentile();
        return 99;
    }
}
