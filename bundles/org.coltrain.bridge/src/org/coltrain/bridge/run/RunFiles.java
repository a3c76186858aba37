package org.coltrain.bridge.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.sim.table.TableFormat;
import org.coltrain.sim.table.TypedTable;

/**
 * The one writer of every run's folder: results.json, results.xmi, the kind's CSV tables, then the report, all
 * into a staging folder that replaces the output folder at the end ({@link RunFolder}).
 */
public final class RunFiles {

    /** The files written (relative to the folder) and how long the report took. */
    public record Written(Path dir, List<String> files, long reportNs) {
        public Written {
            files = List.copyOf(files);
        }

        public long count(String suffix) {
            return files.stream().filter(f -> f.endsWith(suffix)).count();
        }
    }

    private RunFiles() {
    }

    public static Written write(Path dir, RunOutput output, ReportWriter report) throws IOException {
        return write(dir, output, report, List.of());
    }

    /** The folder as {@link #write(Path, RunOutput, ReportWriter)} has it, plus each typed table in each format. */
    public static Written write(Path dir, RunOutput output, ReportWriter report, List<TableFormat> formats)
            throws IOException {
        long[] reportNs = { 0 };
        java.util.concurrent.atomic.AtomicReference<List<String>> names = new java.util.concurrent.atomic.AtomicReference<>();
        RunFolder.replace(dir, files -> {
            files.writeString("results.json", output.resultsJson());
            files.write("results.xmi", out -> ResultsToModel.save(output.result(), out));
            if (output.writesTables())
                for (Map.Entry<String, String> t : output.tables().entrySet()) files.writeString(t.getKey(), t.getValue());
            for (TableFormat format : formats)
                for (TypedTable t : output.typedTables()) files.write(t.name() + "." + format.name(), out -> format.write(t, out));
            if (output.writesReport()) {
                long start = System.nanoTime();
                report.write(files, output);
                reportNs[0] = System.nanoTime() - start;
            }
            names.set(files.written());
        });
        return new Written(dir, names.get(), reportNs[0]);
    }
}
