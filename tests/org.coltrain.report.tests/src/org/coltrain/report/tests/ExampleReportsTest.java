package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.Experiment;
import org.coltrain.model.OutputKind;
import org.coltrain.model.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every example experiment, run through the CLI: its report, pictures and CSVs are written and well formed. */
class ExampleReportsTest {

    static final Path OUT = Path.of("tests/org.coltrain.report.tests/target/reports");

    static Stream<Examples.ExperimentRef> experiments() {
        return Examples.experiments().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void reportIsWrittenWithWellFormedNonOverlappingPictures(Examples.ExperimentRef ref) throws Exception {
        Path dir = OUT.resolve(ref.file().getFileName() + "-" + ref.name());
        Cli cli = Cli.run("run", ref.file().toString(), "-e", ref.name(), "-o", dir.toString(), "--interpret");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("report.html"), cli.out());

        String html = Files.readString(dir.resolve("report.html"));
        // self-contained: every picture inline, nothing fetched from elsewhere
        assertFalse(html.contains("src=") || html.contains("href=\"http") || html.contains("<script"), "report.html refers to no other file");
        for (String diagram : List.of("architecture", "mapping", "timeline"))
            assertTrue(html.contains("data-diagram=\"" + diagram + "\""), diagram + " inline in report.html");

        List<Path> svgs;
        try (Stream<Path> s = Files.list(dir.resolve("svg"))) {
            svgs = s.sorted().toList();
        }
        assertTrue(svgs.size() >= 4, "three diagrams and at least one plot: " + svgs);
        for (Path svg : svgs) {
            Document d = SvgChecks.parse(Files.readString(svg));
            SvgChecks.assertNoSiblingOverlaps(svg.toString(), SvgChecks.nodes(d));
        }

        Experiment experiment = Examples.load(ref);
        RunResult result = ResultsToModel.load(dir.resolve("results.xmi"));
        Document mapping = SvgChecks.parse(Files.readString(dir.resolve("svg/mapping.svg")));
        long layerNodes = SvgChecks.nodes(mapping).stream().count();
        long networks = Stream.concat(experiment.getWorkload().getServices().stream().map(s -> s.getNetwork()),
                experiment.getWorkload().getTrainingJobs().stream().map(j -> j.getNetwork())).distinct().count();
        long layers = Stream.concat(experiment.getWorkload().getServices().stream().map(s -> s.getNetwork()),
                experiment.getWorkload().getTrainingJobs().stream().map(j -> j.getNetwork())).distinct()
                .mapToLong(n -> n.getLayers().size()).sum();
        // one node per network container, per layer and per array mapping entry
        assertEquals(networks + layers + experiment.getAccelerator().getArrays().size(), layerNodes, "mapping nodes");

        Document timeline = SvgChecks.parse(Files.readString(dir.resolve("svg/timeline.svg")));
        assertEquals(result.getTrace().size(), SvgChecks.nodes(timeline).size(), "one bar per traced interval");
        assertTrue(result.getTrace().size() > 0, "the run traced its schedule");

        // an experiment's 'outputs' entry, when present, says whether CSVs are wanted
        boolean csvs = experiment.getOutputs().isEmpty() || experiment.getOutputs().contains(OutputKind.CSV);
        for (String csv : List.of("layers.csv", "latency_histogram.csv", "timeseries.csv")) {
            if (csvs) assertPandasFriendly(dir.resolve(csv));
            else assertFalse(Files.exists(dir.resolve(csv)), csv + " not asked for");
        }
    }

    /** One header of snake_case names, then rows with as many cells. */
    static void assertPandasFriendly(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        assertFalse(lines.isEmpty(), csv + " has a header");
        String[] header = lines.get(0).split(",", -1);
        for (String h : header) assertTrue(h.matches("[a-z][a-z0-9_]*"), csv + ": header '" + h + "' is snake_case");
        for (String line : lines.subList(1, lines.size()))
            assertEquals(header.length, line.split(",", -1).length, csv + ": row '" + line + "'");
    }
}
