package org.coltrain.cli;

import java.io.File;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options several commands share, declared once each and mixed into the commands with {@code @Mixin}. */
final class SharedOptions {

    private SharedOptions() {
    }

    /** The model file a command reads. */
    static final class ModelFile {
        @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
        File file;
    }

    /** The element {@code coltrain run} runs, by name. */
    static final class ElementName {
        @Option(names = { "-e", "--element", "--experiment" }, paramLabel = "NAME",
                description = "the experiment, mapping, serving block, cluster, study, explore or llm serving block to run "
                        + "(default: the only one in FILE)")
        String name;
    }

    /** The experiment a command works on, by name. */
    static final class ExperimentName {
        @Option(names = { "-e", "--experiment" }, paramLabel = "NAME", description = "experiment (default: the only one in FILE)")
        String name;
    }

    static final class Seed {
        @Option(names = { "-s", "--seed" }, paramLabel = "SEED", description = "random seed (default: the element's seed)")
        Long seed;
    }

    /** Where a run writes; null: out/ and the element's default folder. */
    static final class OutputFolder {
        @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder, replaced as a whole when the run "
                + "has finished (default: out/<element>/, a sweep out/<experiment>-sweep/)")
        File out;
    }

    static final class Jobs {
        @Option(names = { "-j", "--jobs", "--threads" }, paramLabel = "N", description = "sweep points simulated at once by the "
                + "in-process engine, and threads that prepare the points for any engine (default: available processors)")
        Integer jobs;
    }

    static final class Diagrams {
        @Option(names = "--diagrams", paramLabel = "DIR", description = "folder of diagram descriptions (*.json): one named like a "
                + "built-in (architecture, mapping, timeline, odimo-split, sushi-queries, sushi-cache, cluster-topology) "
                + "replaces it, others are added to the report of the element kind they name")
        File folder;
    }

    /** Whether a sweep's or an explore's table is also written as Parquet. */
    static final class Parquet {
        @Option(names = "--parquet", description = "also write sweep.parquet (a sweep) or dse.parquet (an explore) beside "
                + "the CSV: the same rows, typed columns (double, long, string; empty cells as nulls); ./coltrain builds "
                + "the writer (engines/org.coltrain.spark) on first use")
        boolean parquet;
    }

    /** The engine that simulates the points of a sweep. */
    static final class Engine {
        @Option(names = "--engine", paramLabel = "NAME", defaultValue = "in-process", description = "what simulates a sweep's "
                + "points: in-process (this JVM's threads, the default) or spark (Apache Spark; ./coltrain builds it on "
                + "first use); the rows are the same")
        String name;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master URL for --engine spark (default: "
                + "local[*], or the one spark-submit gives), e.g. local[2] or spark://host:7077")
        String master;
    }
}
