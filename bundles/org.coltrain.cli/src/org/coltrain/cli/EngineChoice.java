package org.coltrain.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

import org.coltrain.bridge.run.RunOptions;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointEngineProvider;
import org.coltrain.sim.exec.PointEngines;

/** Turns {@code --engine}, {@code --master} and {@code --jobs} into the {@link PointEngine} of a run's options. */
final class EngineChoice {

    private EngineChoice() {
    }

    /** The engine, or empty after telling the user what to change. */
    static Optional<PointEngine> engine(SharedOptions.Engine engine, int threads, PrintWriter err) {
        if (engine.master != null && InProcessEngine.NAME.equals(engine.name)) {
            err.println("coltrain: --master is for --engine spark; add --engine spark or drop --master");
            return Optional.empty();
        }
        Optional<PointEngine> found = PointEngines.byName(engine.name,
                new PointEngineProvider.Options(threads, engine.master, Map.of()));
        if (found.isEmpty()) {
            if ("spark".equals(engine.name))
                err.println("coltrain: the Spark engine is not on the class path; run through the ./coltrain launcher, "
                        + "which builds engines/org.coltrain.spark on the first --engine spark");
            else
                err.println("coltrain: no engine '" + engine.name + "'; choose one of " + String.join(", ", PointEngines.names()));
        }
        return found;
    }

    /** {@code options} with the chosen engine; the caller closes it (see {@link #close}). */
    static RunOptions with(RunOptions options, PointEngine engine) {
        return options.with(PointEngine.class, engine);
    }

    /** Stops an engine that holds resources (the Spark context). */
    static void close(PointEngine engine) {
        if (engine instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // the run's files are written; a failing shutdown changes none of them
            }
        }
    }
}
