package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same model and seed: the same report, byte for byte; a sweep's pictures do not depend on --jobs. */
class ReportDeterminismTest {

    @Test
    void sameRunGivesTheSameReport(@TempDir Path a, @TempDir Path b) throws Exception {
        for (Path dir : new Path[] { a, b })
            assertEquals(0, Cli.run("run", "examples/equinox/equinox.coltrain", "-e", "DedicatedTraining", "-o", dir.toString(), "--interpret").exitCode());
        for (String file : new String[] { "report.html", "svg/timeline.svg", "svg/architecture.svg", "svg/throughput.svg", "timeseries.csv" })
            assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
    }

    @Test
    void paretoPlotDoesNotDependOnJobs(@TempDir Path one, @TempDir Path two) throws Exception {
        assertEquals(0, Cli.run("sweep", "examples/equinox/equinox.coltrain", "-e", "BatchingTradeoff", "--jobs", "1", "-o", one.toString()).exitCode());
        assertEquals(0, Cli.run("sweep", "examples/equinox/equinox.coltrain", "-e", "BatchingTradeoff", "--jobs", "2", "-o", two.toString()).exitCode());
        assertEquals(Files.readString(one.resolve("pareto.svg")), Files.readString(two.resolve("pareto.svg")));
        assertEquals(Files.readString(one.resolve("svg/p99-vs-load-resnet.svg")), Files.readString(two.resolve("svg/p99-vs-load-resnet.svg")));
    }
}
