package org.coltrain.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.sim.table.TableFormat;
import org.coltrain.sim.table.TableFormats;

/** Turns {@code --parquet} into the {@link TableFormat} of a run's options. */
final class TableChoice {

    static final String PARQUET = "parquet";

    private TableChoice() {
    }

    /** {@code options} with the Parquet format when asked for; empty after telling the user what to change. */
    static Optional<RunOptions> with(RunOptions options, SharedOptions.Parquet parquet, RunTarget target, PrintWriter err) {
        if (!parquet.parquet) return Optional.of(options);
        if (target.kind() != RunKinds.SWEEP && target.kind() != RunKinds.EXPLORE) {
            err.println("coltrain: --parquet writes a sweep's or an explore's table, and " + target.label()
                    + " is neither; drop --parquet");
            return Optional.empty();
        }
        Optional<TableFormat> format = TableFormats.byName(PARQUET);
        if (format.isEmpty()) {
            err.println("coltrain: the Parquet writer is not on the class path; run through the ./coltrain launcher, "
                    + "which builds engines/org.coltrain.spark on the first --parquet");
            return Optional.empty();
        }
        return Optional.of(options.with(TableFormat.class, format.get()));
    }
}
