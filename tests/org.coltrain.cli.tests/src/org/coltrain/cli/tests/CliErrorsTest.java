package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user who gets something wrong sees from run, generate and sweep: exit 1 or 2, one clear line, no trace. */
class CliErrorsTest {

    private static final Path EQUINOX = Path.of("examples/equinox/equinox.coltrain");

    @Test
    void missingModelFileExitsWithTwoAndNamesIt() {
        Cli cli = Cli.run("run", "examples/nope.coltrain");
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("examples/nope.coltrain"), cli::toString);
        assertNoStackTrace(cli);
    }

    @Test
    void unknownExperimentExitsWithTwoAndListsTheExperiments() {
        Cli cli = Cli.run("run", EQUINOX, "-e", "Nope");
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("EquinoxCoLocated"), cli::toString);
        assertNoStackTrace(cli);
    }

    @Test
    void fileWithSeveralExperimentsNeedsOneNamed() {
        Cli cli = Cli.run("sweep", EQUINOX);
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("--experiment"), cli::toString);
    }

    @Test
    void invalidModelIsNotSimulatedAndReportsFileLineColumn(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("bad.coltrain");
        Files.writeString(model, Files.readString(EQUINOX).replace("import \"", "import \"missing-"));
        Cli cli = Cli.run("run", model, "-e", "EquinoxCoLocated", "-o", dir.resolve("out"));
        assertEquals(1, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains(model + ":") || cli.out().contains(model + ":"), cli::toString);
        assertFalse(Files.exists(dir.resolve("out/results.json")), "no results for a model with errors");
        assertNoStackTrace(cli);
    }

    @Test
    void generateWritesOneJavaClassWithTheSchedulerExtensionPoint(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("generate", EQUINOX, "-e", "EquinoxCoLocated", "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        try (var files = Files.walk(dir)) {
            Path source = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
            String java = Files.readString(source);
            assertTrue(java.contains("public static void main(String[] args)"), java);
            assertTrue(java.contains(" scheduler()"), java);
        }
    }

    private static void assertNoStackTrace(Cli cli) {
        assertFalse((cli.out() + cli.err()).contains("\tat "), cli::toString);
    }
}
