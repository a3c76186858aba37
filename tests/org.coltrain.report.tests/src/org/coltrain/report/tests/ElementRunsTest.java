package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.FleetResult;
import org.coltrain.model.LayerSplit;
import org.coltrain.model.LlmServingResult;
import org.coltrain.model.MappingResult;
import org.coltrain.model.NodeResult;
import org.coltrain.model.SuperNetServingResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code coltrain run} on the examples that are not experiments: a mapping, a SuperNet serving block and a cluster
 * each write results.json, results.xmi (their result class of the metamodel), their CSVs and report.html with the
 * diagrams of their descriptions, drawn from the result.
 */
class ElementRunsTest {

    @Test
    void mappingRunDrawsEachLayersSplitAcrossTheTwoArrays() throws Exception {
        Path dir = run("examples/odimo/diana.coltrain", "odimo");
        MappingResult r = assertInstanceOf(MappingResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        assertEquals("searched-energy", r.getCandidates().get(0).getLabel());
        // ResNet-20's 22 splittable layers (19 convolutions, 2 projections, the classifier; examples/odimo/resnet20.coltrain)
        List<LayerSplit> layers = r.getCandidates().get(0).getLayers();
        assertEquals(22, layers.size());
        for (LayerSplit l : layers) {
            assertEquals(l.getOutChannels(), l.getShares().get(0).getChannels() + l.getShares().get(1).getChannels(), l.getLayer());
            assertEquals(l.getOutChannels(), l.getShares().get(0).getChannelIndices().size() + l.getShares().get(1).getChannelIndices().size());
            // the arrays run their parts in parallel: the layer takes as long as the slower part
            assertEquals(Math.max(l.getShares().get(0).getLatencyS(), l.getShares().get(1).getLatencyS()), l.getLatencyS(), 1e-15, l.getLayer());
        }
        // ODiMO's own minimum-latency hand list ("given") against the search at its drop: -31.6 % latency, -18.4 % energy
        // (the figures MapCommandTest and OdimoBaselinesTest pin from results.json)
        var given = r.getComparisons().stream().filter(c -> c.getBaseline().getLabel().equals("given")).findFirst().orElseThrow();
        assertEquals(-0.316, given.getLatencyChange(), 1e-3);
        assertEquals(-0.184, given.getEnergyChange(), 1e-3);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("results.json"))).getAsJsonObject();
        assertEquals("ResNet20OnDiana", json.get("mapping").getAsString());
        assertEquals(r.getCandidates().get(0).getEnergyJ(), json.getAsJsonArray("mappings").get(0).getAsJsonObject().get("energy_pj").getAsDouble() * 1e-12,
                1e-18, "results.json and results.xmi agree");
        Document split = diagram(dir, "odimo-split");
        // one box for the SoC with its two arrays, and per layer a box with one share per array
        assertEquals(3 + 3 * layers.size(), SvgChecks.nodes(split).size());
        assertTrue(Files.exists(dir.resolve("mapping.csv")) && Files.exists(dir.resolve("pareto.csv")));
    }

    @Test
    void superNetRunDrawsTheSubNetPerQueryAndTheCacheOverTime() throws Exception {
        Path dir = run("examples/sushi/sushi.coltrain", "sushi");
        SuperNetServingResult r = assertInstanceOf(SuperNetServingResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        assertEquals(List.of("no-cache", "static", "lru", "sushi"), r.getPolicies().stream().map(p -> p.getPolicy()).toList());
        assertEquals("sushi", r.getTracedPolicy());
        // 100 queries/s for the 19 s after warm-up: about 1900 measured, of which the first 600 are traced
        assertEquals(600, r.getQueries().size());
        assertFalse(r.isTraceComplete());
        for (var c : r.getCache()) assertTrue(c.getCachedShare() >= 0 && c.getCachedShare() <= 1 && c.getEndS() > c.getStartS(), c.toString());
        assertEquals(r.getQueries().size(), SvgChecks.nodes(diagram(dir, "sushi-queries")).size(), "one bar per traced query");
        assertEquals(r.getCache().size(), SvgChecks.nodes(diagram(dir, "sushi-cache")).size(), "one bar per cache interval");
        assertEquals(1 + r.getQueries().size(), Files.readAllLines(dir.resolve("queries.csv")).size());
        ExampleReportsTest.assertPandasFriendly(dir.resolve("policies.csv"));
    }

    @Test
    void clusterRunDrawsTheTopologyWithPerNodeUtilisationAndTheAllReducePattern() throws Exception {
        Path dir = run("examples/cluster/fleet.coltrain", "fleet");
        FleetResult r = assertInstanceOf(FleetResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        // 48 EquinoxLike and 16 LatencyOptimal; the job on the first 48, a ring all-reduce on a 2D torus
        assertEquals(64, r.getNodes().size());
        assertEquals(48, r.getNodes().stream().filter(NodeResult::isSetRank).count());
        // torusRows(48) = 6 rows of 8: every rank sends once in its row ring and once in its column ring
        assertEquals(2 * 48, r.getTransfers().size());
        assertEquals(6, r.getNodes().stream().filter(NodeResult::isSetRank).map(NodeResult::getGroup).distinct().count());
        for (NodeResult n : r.getNodes())
            assertTrue(n.getInferenceUtilization() + n.getTrainingUtilization() + n.getSwitchUtilization() <= 1 + 1e-9, n.getName());
        Document topology = diagram(dir, "cluster-topology");
        // two design boxes, six row rings and the non-workers' box, every accelerator
        assertEquals(2 + 6 + 1 + 64, SvgChecks.nodes(topology).size());
        ExampleReportsTest.assertPandasFriendly(dir.resolve("series.csv"));
    }

    @Test
    void llmServingRunTabulatesTheSloPercentilesAndPlotsTheKvOccupancy() throws Exception {
        Path dir = run("examples/llm/llm.coltrain", "llm", "QuietHbfp8");
        LlmServingResult r = assertInstanceOf(LlmServingResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        assertEquals("QuietHbfp8", r.getServing());
        assertEquals(100, r.getKvOccupancy().size());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("time to first token") && html.contains("time per output token") && html.contains("Gpt3Small"));
        // the block has no co-location line: temporal, nothing packed
        assertEquals("temporal", r.getCoLocation());
        assertEquals(0, r.getPackedTrainingFraction());
        assertTrue(html.contains("co-location") && html.contains(">temporal<"), "co-location column");
        assertTrue(Files.exists(dir.resolve("svg/kv-occupancy.svg")));
    }

    private static Path run(String model, String name, String... element) throws Exception {
        Path dir = ExampleReportsTest.OUT.resolve("element-" + name);
        List<String> args = new java.util.ArrayList<>(List.of("run", model, "-o", dir.toString()));
        if (element.length > 0) args.addAll(List.of("-e", element[0]));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("report.html"), cli.out());
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains("src=") || html.contains("href=\"http") || html.contains("<script"), "report.html refers to no other file");
        try (Stream<Path> s = Files.list(dir.resolve("svg"))) {
            for (Path svg : s.sorted().toList()) {
                Document d = SvgChecks.parse(Files.readString(svg));
                SvgChecks.assertNoSiblingOverlaps(svg.toString(), SvgChecks.nodes(d));
                assertTrue(html.contains("data-diagram=\"" + svg.getFileName().toString().replace(".svg", "") + "\"")
                        || !Files.readString(svg).contains("data-diagram"), svg + " inline in report.html");
            }
        }
        return dir;
    }

    private static Document diagram(Path dir, String name) throws Exception {
        return SvgChecks.parse(Files.readString(dir.resolve("svg/" + name + ".svg")));
    }
}
