package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coltrain sweep}: one row per point in the model's order, whatever the number of threads. */
class SweepTest {

    private static final Path EQUINOX = Path.of("examples/equinox/equinox.coltrain");

    // The Parquet writer lives in engines/org.coltrain.spark, which this test's class path does not hold: --parquet
    // fails before anything runs, in one line, and writes no folder.
    @Test
    void parquetWithoutItsWriterFailsInOneLine(@TempDir Path dir) {
        Cli cli = Cli.run("sweep", EQUINOX, "-e", "EquinoxAdaptive", "--parquet", "-o", dir.resolve("p"));
        assertEquals(2, cli.exitCode(), cli::toString);
        assertEquals(List.of("coltrain: the Parquet writer is not on the class path; run through the ./coltrain launcher, "
                + "which builds engines/org.coltrain.spark on the first --parquet"), cli.err().lines().toList());
        assertEquals(false, Files.exists(dir.resolve("p")));
    }

    @Test
    void parquetIsRefusedForAnElementWithoutATypedTable(@TempDir Path dir) {
        Cli cli = Cli.run("run", EQUINOX, "-e", "EquinoxAdaptive", "--parquet", "-o", dir.resolve("p"));
        assertEquals(2, cli.exitCode(), cli::toString);
        assertEquals(List.of("coltrain: --parquet writes a sweep's or an explore's table, and experiment EquinoxAdaptive "
                + "is neither; drop --parquet"), cli.err().lines().toList());
    }

    @Test
    void sweepIsIdenticalOnOneAndOnTwoThreads(@TempDir Path dir) throws IOException {
        Cli one = Cli.run("sweep", EQUINOX, "-e", "EquinoxAdaptive", "--jobs", 1, "-o", dir.resolve("one"));
        assertEquals(0, one.exitCode(), one::toString);
        Cli two = Cli.run("sweep", EQUINOX, "-e", "EquinoxAdaptive", "--jobs", 2, "-o", dir.resolve("two"));
        assertEquals(0, two.exitCode(), two::toString);
        assertEquals(Files.readString(dir.resolve("one/sweep.csv")), Files.readString(dir.resolve("two/sweep.csv")));
    }

    // Below saturation a queue serves what arrives: the measured throughput equals the swept arrival rate within
    // Poisson noise (20 s at >= 2000 /s: about 40 000 arrivals, relative standard deviation < 0.5%).
    @Test
    void eachRowServesItsSweptRateBelowCapacity(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("sweep", EQUINOX, "-e", "EquinoxAdaptive", "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals("workload.resnet.arrival.rateHz,resnet.throughput_rps", rows.get(0).substring(0, 52));
        assertEquals(6, rows.size(), "header and the five rates of the example");
        for (String row : rows.subList(1, 4)) {
            String[] cells = row.split(",");
            double offered = Double.parseDouble(cells[0]), served = Double.parseDouble(cells[1]);
            assertEquals(offered, served, offered * 0.02, row);
        }
    }
}
