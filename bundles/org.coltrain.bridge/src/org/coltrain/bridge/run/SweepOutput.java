package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.model.SweepResult;
import org.coltrain.sim.table.TypedTable;

/**
 * A sweep's run: one row per point (sweep.csv), the SweepResult metamodel, and how fast the points ran (for the
 * summary and the report's page, not for any result file).
 */
public record SweepOutput(RunTarget target, List<String> paths, List<SweepCsv.Row> rows, String engine, double seconds,
        SweepResult result, String resultsJson) implements RunOutput {

    public SweepOutput {
        paths = List.copyOf(paths);
        rows = List.copyOf(rows);
    }

    public double pointsPerS() {
        return rows.size() / Math.max(seconds, 1e-9);
    }

    @Override
    public Map<String, String> tables() {
        return Map.of("sweep.csv", SweepCsv.toCsv(paths, rows));
    }

    @Override
    public List<TypedTable> typedTables() {
        return List.of(SweepCsv.table(paths, rows));
    }

    @Override
    public void summary(PrintWriter out) {
        out.printf(Locale.ROOT, "%d points on %s in %.2f s (%.2f points/s)%n", rows.size(), engine, seconds, pointsPerS());
    }
}
