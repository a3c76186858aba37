package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coltrain.model.HistogramBucket;
import org.coltrain.model.LayerTiming;
import org.coltrain.model.RunResult;
import org.coltrain.model.ServiceResult;
import org.coltrain.model.TimeSeries;

/**
 * The run's tables as CSV for pandas ({@code pd.read_csv}): one header line of snake_case names with units in
 * them, one row per record, numbers as {@link Double#toString} (reads back to the same value). Names are model IDs,
 * so no field needs quoting.
 */
public final class ResultCsvs {

    private ResultCsvs() {
    }

    /** layers.csv: the batch-1 timing of the first service's network, one row per layer and pass. */
    public static String layers(RunResult r) {
        StringBuilder b = new StringBuilder("layer,pass,m,n,k,dataflow,compute_cycles,stall_cycles,total_cycles,utilization,dram_bytes,energy_j\n");
        for (LayerTiming l : r.getLayers()) {
            row(b, l.getLayer(), l.getPass(), l.getM(), l.getN(), l.getK(), l.getDataflow().getLiteral(), l.getComputeCycles(),
                    l.getStallCycles(), l.getTotalCycles(), l.getUtilization(), l.getDramBytes(), l.getEnergyJ());
        }
        return b.toString();
    }

    /** latency_histogram.csv: per service, each bucket's upper bound, count and the CDF at that bound. */
    public static String latencyHistogram(RunResult r) {
        StringBuilder b = new StringBuilder("service,upper_us,count,cumulative_fraction\n");
        for (ServiceResult s : r.getServices()) {
            long total = 0;
            for (HistogramBucket h : s.getHistogram()) total += h.getCount();
            long seen = 0;
            for (HistogramBucket h : s.getHistogram()) {
                seen += h.getCount();
                row(b, s.getName(), h.getUpperS() * 1e6, h.getCount(), total == 0 ? 0.0 : (double) seen / total);
            }
        }
        return b.toString();
    }

    /** timeseries.csv: one row per bucket of the measured window, one column per series. */
    public static String timeSeries(RunResult r) {
        List<TimeSeries> series = r.getSeries();
        List<String> header = new ArrayList<>(List.of("bucket", "start_s"));
        for (TimeSeries s : series) header.add(column(s.getName()));
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        int rows = 0;
        for (TimeSeries s : series) rows = Math.max(rows, s.getValues().size());
        double bucketS = series.isEmpty() ? 0 : series.get(0).getBucketS();
        for (int i = 0; i < rows; i++) {
            // rounded to the ns: i * bucketS carries binary noise (0.045000000000000005)
            List<Object> cells = new ArrayList<>(List.of(i, Math.round(i * bucketS * 1e9) / 1e9));
            for (TimeSeries s : series) cells.add(i < s.getValues().size() ? s.getValues().get(i) : Double.NaN);
            row(b, cells.toArray());
        }
        return b.toString();
    }

    /** "resnet completed" -> "resnet_completed". */
    public static String column(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            Object c = cells[i];
            b.append(c instanceof Double d ? Double.toString(d) : String.valueOf(c));
        }
        b.append('\n');
    }
}
