package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code coltrain supernet} on the SUSHI example: the trend of the paper, and the baselines it must reduce to. */
class SuperNetCliTest {

    private static final String EXAMPLE = "examples/sushi/sushi.coltrain";

    /** The table row of one policy, split into columns (policy, static, queries, mean, p50, p99, met, acc, ...). */
    private static String[] row(Cli cli, String policy) {
        return cli.out().lines().filter(l -> l.startsWith(policy + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + policy + " in\n" + cli.out())).trim().split("\\s+");
    }

    private static double col(String[] row, int i) {
        return Double.parseDouble(row[i]);
    }

    @Test
    void sushiBeatsNoCachingOnLatencyAccuracyAndOffChipEnergy() {
        Cli cli = Cli.run("supernet", EXAMPLE);
        assertEquals(0, cli.exitCode(), cli.err());
        String[] none = row(cli, "no-cache"), sushi = row(cli, "sushi"), fixed = row(cli, "static");
        assertTrue(col(sushi, 3) < col(none, 3), "mean latency");
        assertTrue(col(sushi, 5) < col(none, 5), "p99 latency");
        assertTrue(col(sushi, 7) > col(none, 7), "served accuracy");
        assertTrue(col(sushi, 9) < 0.7 * col(none, 9), "off-chip energy at least 30 % lower");
        // the static baseline serves one SubNet, so its served accuracy is that SubNet's: d2e3k3, 74 %
        assertEquals("d2e3k3", fixed[1]);
        assertEquals(74.0, col(fixed, 7));
        assertTrue(col(sushi, 7) > col(fixed, 7), "served accuracy above the static SubNet's");
    }

    @Test
    void lruCannotHitAtTheExamplesCacheAndTheReportSaysWhy() {
        // 2 MiB: the 3316 KiB every SubNet reads (all of d2e3k3) exceed the cache, so LRU scans cyclically (LruThrash).
        Cli cli = Cli.run("supernet", EXAMPLE);
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(0.0, col(row(cli, "lru"), 10), "weight hit rate, %");
        assertTrue(cli.out().contains("lru hits 0 % by construction: the 3316 KiB of weights every SubNet reads exceed "
                + "the 2048 KiB cache"), cli.out());
    }

    @Test
    void lruHitsWhereTheSharedWeightsFit() {
        // The same stream with 4 MiB, which holds d2e3k3 whole: LRU hits on 60.5 % of the weight bytes (measured when
        // written, seed 7; examples/sushi/README.md) and SUSHI still reads less from DRAM than LRU.
        Cli cli = Cli.run("supernet", EXAMPLE, "--cache", "4096");
        assertEquals(0, cli.exitCode(), cli.err());
        String[] lru = row(cli, "lru"), sushi = row(cli, "sushi");
        assertEquals(60.5, col(lru, 10), 0.05, "weight hit rate, %");
        assertTrue(col(sushi, 9) < col(lru, 9), "off-chip energy");
        assertTrue(!cli.out().contains("by construction"), cli.out());
    }

    @Test
    void withoutACacheSushiIsTheNoCachingBaseline() {
        Cli cli = Cli.run("supernet", EXAMPLE, "--cache", "0");
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> none = Arrays.asList(row(cli, "no-cache")), sushi = Arrays.asList(row(cli, "sushi"));
        assertEquals(none.subList(1, none.size()), sushi.subList(1, sushi.size()));
    }

    @Test
    void anUnknownServingNameIsAUsageError() {
        Cli cli = Cli.run("supernet", EXAMPLE, "-n", "Nope");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no serving named 'Nope'; available: DriftingTargets"), cli.err());
    }

    @Test
    void aModelWithErrorsIsReportedWithFileAndLine() {
        Cli cli = Cli.run("supernet", "examples/invalid/targetRangeEmpty.coltrain");
        assertEquals(1, cli.exitCode());
        assertTrue(cli.err().startsWith("examples/invalid/targetRangeEmpty.coltrain:34:"), cli.err());
    }
}
