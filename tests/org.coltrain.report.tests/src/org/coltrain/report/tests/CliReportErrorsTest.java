package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report mistakes a user can make come back as one clear message and an exit code, never a stack trace. */
class CliReportErrorsTest {

    static final String MODEL = "examples/equinox/equinox.coltrain";

    @Test
    void missingDiagramsFolderIsAUsageError(@TempDir Path out) {
        Cli cli = Cli.run("run", MODEL, "-e", "DedicatedTraining", "-o", out.toString(), "--interpret", "--diagrams", "no/such/folder");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("--diagrams no/such/folder is not a folder"), cli.err());
    }

    @Test
    void brokenDescriptionIsNamedBeforeSimulating(@TempDir Path out, @TempDir Path diagrams) throws Exception {
        Files.writeString(diagrams.resolve("timeline.json"), "{ \"name\": \"timeline\", \"kind\": \"gantt\" }");
        Cli cli = Cli.run("run", MODEL, "-e", "DedicatedTraining", "-o", out.toString(), "--interpret", "--diagrams", diagrams.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("timeline.json: kind: is 'gantt'; use 'graph' or 'timeline'"), cli.err());
        assertFalse(Files.exists(out.resolve("results.json")), "nothing simulated");
    }

    @Test
    void descriptionThatDoesNotFitTheModelIsAModelError(@TempDir Path out, @TempDir Path diagrams) throws Exception {
        Files.writeString(diagrams.resolve("extra.json"), """
                { "name": "extra", "nodes": [ { "id": "n", "for": "experiment.accelerator.memory", "label": "x" } ] }
                """);
        Cli cli = Cli.run("run", MODEL, "-e", "DedicatedTraining", "-o", out.toString(), "--interpret", "--diagrams", diagrams.toString());
        assertEquals(1, cli.exitCode());
        assertTrue(cli.err().contains("extra.json: mapping n.for: Accelerator has no feature 'memory'"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace");
    }
}
