package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.report.DescriptionSet;
import org.coltrain.report.RunReport;
import org.coltrain.report.diagram.DescriptionException;
import org.coltrain.report.diagram.DiagramDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A user changes a description file, not Java, and the picture changes accordingly; a broken one is named. */
class DescriptionChangeTest {

    static Experiment experiment;
    static RunResult result;

    @BeforeAll
    static void model() {
        experiment = Examples.load(new Examples.ExperimentRef(Path.of("examples/equinox/equinox.coltrain"), "EquinoxAdaptive"));
        result = ColtrainFactory.eINSTANCE.createRunResult();
        result.setUtilization(0.25);
        result.setAreaM2(199e-6);
        result.setPowerW(73);
    }

    static String builtInText(String name) throws Exception {
        try (InputStream in = DescriptionSet.class.getResourceAsStream("/descriptions/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String svg(List<DiagramDescription> descriptions, String name) {
        return RunReport.diagrams(descriptions, experiment, result).get(name);
    }

    @Test
    void builtInArrayIsFilledFromTheUtilizationScale() throws Exception {
        // 25% of the way from #ffffff to #e4572e: 255 + (228 - 255) / 4 = 248.25 -> f8, 255 + (87 - 255) / 4 = 213 -> d5,
        // 255 + (46 - 255) / 4 = 202.75 -> cb
        assertEquals("#f8d5cb", arrayFill(svg(DescriptionSet.builtIn(), "architecture")));
    }

    @Test
    void changedLabelAndScaleInTheFileChangeTheDiagram(@TempDir Path dir) throws Exception {
        String text = builtInText("architecture").replace("\"label\": \"array ${name}", "\"label\": \"ALU grid ${name}")
                .replace("\"to\": \"#e4572e\"", "\"to\": \"#000000\"");
        Files.writeString(dir.resolve("architecture.json"), text);
        List<DiagramDescription> changed = DescriptionSet.withFolder(dir);
        String before = svg(DescriptionSet.builtIn(), "architecture"), after = svg(changed, "architecture");
        assertTrue(before.contains(">array main<") && !before.contains("ALU grid"), "built-in label");
        assertTrue(after.contains(">ALU grid main<") && !after.contains(">array main<"), "label from the changed file");
        // 25% of the way from #ffffff to #000000: 255 * 0.75 = 191.25 -> bf
        assertEquals("#bfbfbf", arrayFill(after));
        assertEquals(DescriptionSet.BUILT_IN.size(), changed.size(), "a same-named file replaces, it does not add");
    }

    @Test
    void aNewFileAddsADiagram(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("buffers.json"), """
                { "name": "buffers", "title": "Buffers only",
                  "nodes": [ { "id": "buffer", "for": "experiment.accelerator.buffers", "label": "${kind}: ${bytes(sizeBytes)}" } ] }
                """);
        List<DiagramDescription> all = DescriptionSet.withFolder(dir);
        assertEquals(DescriptionSet.BUILT_IN.size() + 1, all.size());
        String svg = svg(all, "buffers");
        assertTrue(svg.contains(">ifmap: 8 MiB<") && svg.contains(">weight: 4 MiB<"), svg);
    }

    @Test
    void aDescriptionDrawsOnlyTheRunsOfTheElementKindItNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("layers.json"), """
                { "name": "layers", "element": "mapping",
                  "nodes": [ { "id": "layer", "for": "first(result.candidates).layers", "label": "${layer}" } ] }
                """);
        List<DiagramDescription> all = DescriptionSet.withFolder(dir);
        assertEquals(List.of("odimo-split", "layers"), DescriptionSet.forElement(all, "mapping").stream().map(DiagramDescription::name).toList());
        assertFalse(RunReport.diagrams(all, experiment, result).containsKey("layers"), "not drawn for an experiment's run");
    }

    @Test
    void unknownElementKindIsNamedWithTheChoices(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.json"), "{ \"name\": \"x\", \"element\": \"fleet\", \"nodes\": [] }");
        DescriptionException e = assertThrows(DescriptionException.class, () -> DescriptionSet.withFolder(dir));
        assertTrue(e.getMessage().contains("x.json: element: is 'fleet'; use one of [experiment, mapping, serving, cluster]"), e.getMessage());
    }

    @Test
    void unknownEntryIsNamedWithFileAndPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("architecture.json"), builtInText("architecture").replace("\"fill\": \"#e8eef7\"", "\"colour\": \"#e8eef7\""));
        DescriptionException e = assertThrows(DescriptionException.class, () -> DescriptionSet.withFolder(dir));
        assertTrue(e.getMessage().contains("architecture.json") && e.getMessage().contains("nodes[0].style.colour")
                && e.getMessage().contains("fill"), e.getMessage());
    }

    @Test
    void objectWhereAListBelongsIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.json"), "{ \"name\": \"extra\", \"nodes\": { \"id\": \"n\" } }");
        DescriptionException e = assertThrows(DescriptionException.class, () -> DescriptionSet.withFolder(dir));
        assertTrue(e.getMessage().endsWith("extra.json: nodes: must be a JSON list [ ... ]"), e.getMessage());
    }

    @Test
    void expressionThatAsksForAMissingFeatureNamesTheMappingAndTheFeatures(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("architecture.json"), builtInText("architecture").replace("${bytes(sizeBytes)}", "${bytes(capacity)}"));
        List<DiagramDescription> broken = DescriptionSet.withFolder(dir);
        DescriptionException e = assertThrows(DescriptionException.class, () -> svg(broken, "architecture"));
        assertTrue(e.getMessage().contains("buffer.label") && e.getMessage().contains("'capacity'")
                && e.getMessage().contains("sizeBytes"), e.getMessage());
    }

    private static String arrayFill(String svg) throws Exception {
        NodeList rects = SvgChecks.parse(svg).getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").equals("node array")) return r.getAttribute("fill");
        }
        return fail("no array node in " + svg);
    }
}
