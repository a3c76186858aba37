package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.dsl.generator.GeneratedInstance;
import org.coltrain.dsl.generator.SimulationClassGenerator;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Legal models whose names and paths are not legal Java as they stand: the generated class still compiles, because
 * comment text is escaped and DSL names are mapped to Java identifiers and packages.
 */
class GeneratedJavaTest extends RuleTestSupport {

    private GeneratedInstance compile(String packageLine, String label) throws Exception {
        Model model = parse(packageLine + "\n" + SYSTEM);
        Experiment run = (Experiment) model.getElements().get(model.getElements().size() - 1);
        return GeneratedInstance.of(run, label);
    }

    @Test
    void aFolderNamedWithACommentEndAndABackslashUStillCompiles() throws Exception {
        GeneratedInstance instance = compile("", "models/we*/ird \\u000a {@code }/model.coltrain");
        assertEquals(1L, instance.defaultSeed());
    }

    @Test
    void packageJavaLangIsMovedBelowTheGeneratedPackage() throws Exception {
        assertTrue(compile("package java.lang", "model.coltrain").instance().getClass().getName()
                .startsWith(SimulationClassGenerator.DEFAULT_PACKAGE + ".java.lang."));
    }

    @Test
    void javaKeywordsAsPackageSegmentsGetAnUnderscore() throws Exception {
        assertEquals("class_.int_.x.RunSimulation", compile("package ^class.^int.^x", "model.coltrain").instance().getClass().getName());
    }

    @Test
    void aFiftyThousandSegmentPackageIsCutToSixteen() throws Exception {
        String name = compile("package a" + ".a".repeat(50_000), "model.coltrain").instance().getClass().getName();
        assertEquals(16 + 1, name.split("\\.").length);
    }
}
