package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;
import org.coltrain.sim.table.ColumnType;
import org.coltrain.sim.table.TypedTable;

/**
 * sweep.csv: one row per sweep point, the swept values (SI, headed by their paths) then the metrics of
 * results.json with the same snake_case names, prefixed by the service or job ({@code images.p99_us}).
 * Numbers are written with {@link Double#toString}, which reads back to the same value; names are model IDs, so
 * no field needs quoting.
 */
public final class SweepCsv {

    /** One point's values and results, with the accelerator's area and peak power. */
    public record Row(double[] values, SimulationResult result, double areaMm2, double powerMw) {
        public Row {
            values = values.clone();
        }
    }

    private SweepCsv() {
    }

    /** The file's text; all rows come from one experiment, so they have the same services and jobs. */
    public static String toCsv(List<String> paths, List<Row> rows) {
        TypedTable t = table(paths, rows);
        StringBuilder b = new StringBuilder(String.join(",", t.columns())).append('\n');
        for (List<String> cells : t.rows()) b.append(String.join(",", cells)).append('\n');
        return b.toString();
    }

    /**
     * The file's cells with the type of each column: swept values and metrics double, arrival and unfinished counts
     * long, {@code slo_met} text ({@code true}/{@code false}).
     */
    public static TypedTable table(List<String> paths, List<Row> rows) {
        List<String> header = new ArrayList<>(paths);
        List<ColumnType> types = new ArrayList<>(Collections.nCopies(paths.size(), ColumnType.DOUBLE));
        if (!rows.isEmpty()) {
            SimulationResult first = rows.get(0).result();
            for (ServiceResult s : first.services()) {
                for (String m : List.of("throughput_rps", "p50_us", "p99_us", "p999_us", "slo_violation_rate",
                        "slo_met", "mean_batch", "arrivals", "unfinished"))
                    header.add(s.name() + "." + m);
                types.addAll(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
                        ColumnType.DOUBLE, ColumnType.STRING, ColumnType.DOUBLE, ColumnType.LONG, ColumnType.LONG));
            }
            for (TrainingResult t : first.training()) {
                for (String m : List.of("samples_per_s", "fraction_of_dedicated")) header.add(t.name() + "." + m);
                types.addAll(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE));
            }
        }
        header.addAll(List.of("utilization", "energy_j", "area_mm2", "power_mw"));
        types.addAll(Collections.nCopies(4, ColumnType.DOUBLE));
        List<List<String>> all = new ArrayList<>();
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (double v : row.values) cells.add(Double.toString(v));
            SimulationResult r = row.result();
            for (ServiceResult s : r.services()) {
                for (double v : new double[] { s.throughputRps(), s.p50Us(), s.p99Us(), s.p999Us(), s.sloViolationRate() })
                    cells.add(Double.toString(v));
                cells.add(Boolean.toString(s.sloMet()));
                cells.add(Double.toString(s.meanBatch()));
                cells.add(Long.toString(s.counts().arrivals()));
                cells.add(Long.toString(s.counts().unfinished()));
            }
            for (TrainingResult t : r.training()) {
                cells.add(Double.toString(t.samplesPerS()));
                cells.add(Double.toString(t.fractionOfDedicated()));
            }
            for (double v : new double[] { r.utilization(), r.energyJ(), row.areaMm2(), row.powerMw() }) cells.add(Double.toString(v));
            all.add(cells);
        }
        return new TypedTable("sweep", header, types, all);
    }
}
