package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.ExploreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coltrain run examples/equinox/dse.coltrain -e EquinoxDesigns} explores the Equinox space through the pipeline. */
class ExploreExampleTest {

    @Test
    void theEquinoxExplorationWritesEveryCandidateTheFrontAndTheReport(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("run", "examples/equinox/dse.coltrain", "-e", "EquinoxDesigns", "-j", 1, "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        ExploreResult r = assertInstanceOf(ExploreResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        List<String> dse = Files.readAllLines(dir.resolve("dse.csv"));
        // 2 rows x 2 cols x 2 dataflows x 3 counts x 2 clocks x 2 drams = 96 combinations; those that fit 200 mm2 / 75 W have a row
        assertEquals(1 + r.getCandidates(), dse.size());
        assertTrue(r.getCandidates() > 0 && r.getCandidates() <= 96, r.getCandidates() + " candidates");
        // NSGA-II population 8 for 4 generations visits at least the first 8 and at most 8 x 5 = 40
        int visited = r.getMeasured() + r.getPruned();
        assertTrue(visited >= Math.min(8, r.getCandidates()) && visited <= 40, visited + " visited");
        List<String> front = Files.readAllLines(dir.resolve("pareto.csv"));
        assertTrue(front.size() >= 2, "a front of at least one candidate");
        for (String row : front.subList(1, front.size())) assertTrue(row.endsWith(",measured,yes"), row);
        assertTrue(Files.readString(dir.resolve("sensitivity.csv")).contains("clock,capacity_rps"));
        assertTrue(Files.readString(dir.resolve("sensitivity.csv")).contains("dram,capacity_rps"));
        assertTrue(dse.get(0).startsWith("candidate,rows,cols,dataflow,buffer_bytes,encoding,arrays,clock_hz,dram,"), dse.get(0));
        assertTrue(Files.exists(dir.resolve("report.html")) && Files.exists(dir.resolve("svg/capacity-vs-area.svg")));
        assertTrue(Files.readString(dir.resolve("results.json")).contains("\"pruned\""));
        assertTrue(cli.out().contains("pruned by the analytical bound"), cli::toString);
    }
}
