package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code coltrain run} compiles the generated simulation class (with -Xlint:all -Werror) and runs it; {@code --interpret}
 * runs the same model through the bridge. Both must write the same results.json, byte for byte, for every example.
 */
class GeneratedMatchesInterpretedTest {

    static Stream<Arguments> experiments() {
        return ExampleExperiments.all();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("experiments")
    void generatedAndInterpretedRunsWriteIdenticalResults(Path model, String experiment, @TempDir Path dir) throws IOException {
        Cli generated = Cli.run("run", model, "-e", experiment, "-o", dir.resolve("generated"));
        assertEquals(0, generated.exitCode(), generated::toString);
        Cli interpreted = Cli.run("run", model, "-e", experiment, "--interpret", "-o", dir.resolve("interpreted"));
        assertEquals(0, interpreted.exitCode(), interpreted::toString);

        String json = Files.readString(dir.resolve("generated/results.json"));
        assertTrue(json.contains("\"experiment\": \"" + experiment + "\""), json);
        assertEquals(json, Files.readString(dir.resolve("interpreted/results.json")));
        assertTrue(Files.size(dir.resolve("generated/results.xmi")) > 0);
    }
}
