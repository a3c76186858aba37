package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.coltrain.report.plot.ParetoFront;
import org.junit.jupiter.api.Test;

/** The Equinox trade-off sweep: its Pareto front runs from batch 1 (lowest latency) to batching (highest throughput). */
class SweepReportTest {

    @Test
    void paretoPlotShowsLatencyOptimalAgainstBatchingOptimised() throws Exception {
        Path dir = ExampleReportsTest.OUT.resolve("sweep-BatchingTradeoff");
        Cli cli = Cli.run("sweep", "examples/equinox/equinox.coltrain", "-e", "BatchingTradeoff", "--jobs", "2", "-o", dir.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String pareto = Files.readString(dir.resolve("pareto.svg"));
        SvgChecks.parse(pareto);
        assertTrue(pareto.contains("Pareto front"), "legend names the front");
        assertTrue(Files.readString(dir.resolve("report.html")).contains("on the front"));

        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int batch = header.indexOf("workload.resnet.maxBatch"), p99 = header.indexOf("resnet.p99_us"),
                thr = header.indexOf("resnet.throughput_rps");
        double[][] rows = lines.stream().skip(1).map(l -> Arrays.stream(l.split(",")).mapToDouble(SweepReportTest::number).toArray())
                .toArray(double[][]::new);
        double[] x = Arrays.stream(rows).mapToDouble(r -> r[p99]).toArray(), y = Arrays.stream(rows).mapToDouble(r -> r[thr]).toArray();
        List<Integer> front = ParetoFront.of(x, y, true, true);
        double[] lowestLatency = rows[front.get(0)], highestThroughput = rows[front.get(front.size() - 1)];
        assertEquals(1.0, lowestLatency[batch], "batch 1 is the latency-optimal end of the front");
        assertTrue(highestThroughput[batch] > 1, "batching is the throughput end of the front");
        double bestBatch1 = Arrays.stream(rows).filter(r -> r[batch] == 1).mapToDouble(r -> r[thr]).max().orElseThrow();
        // batch 1 saturates at 1 / 145.7 us = 6863 req/s (ResNet-50 batch-1 latency on Equinox, examples/equinox/README.md)
        assertTrue(bestBatch1 < 6863 * 1.01, "batch 1 cannot exceed its service rate: " + bestBatch1);
        assertTrue(highestThroughput[thr] > bestBatch1 * 1.3, "batching serves well beyond batch 1's capacity");
    }

    /** A sweep.csv cell: a number, or slo_met's true / false. */
    private static double number(String cell) {
        return switch (cell) {
            case "true" -> 1;
            case "false" -> 0;
            default -> Double.parseDouble(cell);
        };
    }
}
