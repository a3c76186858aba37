package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coltrain validate}: exit codes 0 / 1 / 2, compiler-style messages, help, unreadable input. */
class CliValidateTest {

    @Test
    void cleanExamplesExitWithZeroAndASummary() {
        Cli cli = Cli.run("validate", "examples/serving.coltrain", "examples/lib");
        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        assertEquals(List.of(), cli.issueLines());
        assertTrue(cli.out().contains("8 file(s) checked: 0 error(s), 0 warning(s)"), cli.out());
    }

    @Test
    void folderIsSearchedRecursively() {
        // bert_base, bert_base_layer, dlrm, mlp, resnet18, resnet50, tpu_mix
        Cli cli = Cli.run("validate", "examples/lib");
        assertTrue(cli.out().contains("7 file(s) checked"), cli.out());
    }

    @Test
    void modelWithAnErrorExitsWithOneAndPrintsFileLineColumnSeverityMessageAndCode(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("chip.coltrain");
        Files.writeString(model, """
                accelerator Chip {
                	array main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 MB }
                	dram ddr4 { bandwidth 25.6 GB/s }
                	inference encoding hbfp 8
                }
                """);
        Cli cli = Cli.run("validate", model.toString());
        assertEquals(1, cli.exitCode());
        assertEquals(List.of(model + ":2:72: error: 'MB' is a unit of data, but 'clockHz' is frequency; use a unit such as Hz"
                + " [wrongUnitDimension]"), cli.issueLines());
        assertTrue(cli.out().endsWith("1 file(s) checked: 1 error(s), 0 warning(s)\n"), cli.out());
    }

    @Test
    void warningsAloneExitWithZero() {
        Cli cli = Cli.run("validate", "examples/invalid/arrivalAboveCapacity.coltrain");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.issueLines().get(0).contains(": warning: "), cli.out());
    }

    @Test
    void syntaxErrorIsReportedWithItsPositionAndCodeSyntax() {
        Cli cli = Cli.run("validate", "examples/invalid/syntax.coltrain");
        assertEquals(1, cli.exitCode());
        assertTrue(cli.issueLines().get(0).startsWith("examples/invalid/syntax.coltrain:5:8: error: "), cli.out());
        assertTrue(cli.issueLines().get(0).endsWith("[syntax]"), cli.out());
    }

    @Test
    void missingFileExitsWithTwoAndSaysSo() {
        Cli cli = Cli.run("validate", "examples/no-such-model.coltrain");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("examples/no-such-model.coltrain: no such file"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        Cli cli = Cli.run("validate");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("FILE"), cli.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Cli.run("validate", "--no-such-option", "examples/lib").exitCode());
    }

    @Test
    void noArgumentsPrintUsageAndExitWithTwo() {
        Cli cli = Cli.run();
        assertEquals(2, cli.exitCode());
        assertTrue(cli.out().contains("validate"), cli.out());
    }

    @Test
    void helpListsTheValidateCommand() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("validate"), cli.out());
    }

    @Test
    void validateHelpDescribesTheExitCodes() {
        Cli cli = Cli.run("validate", "--help");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("Exit code 0"), cli.out());
        assertTrue(cli.out().contains("FILE"), cli.out());
    }

    @Test
    void helpCommandShowsValidateHelp() {
        Cli cli = Cli.run("help", "validate");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().contains("file:line:col"), cli.out());
    }
}
