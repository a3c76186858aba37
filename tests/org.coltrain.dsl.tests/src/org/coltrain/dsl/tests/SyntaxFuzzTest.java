package org.coltrain.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.cli.ModelLoader;
import org.coltrain.dsl.validation.ColtrainResourceValidator;
import org.coltrain.model.Element;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.eclipse.xtext.validation.Issue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the parser, the validator and the run's preconditions: any text, a shipped
 * example with the fuzzer's text inserted, or a mutated example. A finding is a thrown exception (the parser, a
 * check, or the simulator core refusing the inputs of a model that validated), a message with parser-generator
 * words or raw control characters, or more issues than the cap. In a normal build the inputs under
 * {@code SyntaxFuzzTestInputs/} run as regression cases; {@code releng/scripts/fuzz MINUTES} fuzzes (see the README).
 */
public class SyntaxFuzzTest {

    private static final List<String> EXAMPLES = new ArrayList<>();
    private static Path model;

    /** A private copy of examples/lib next to the fuzzed file, so that the examples' imports resolve. */
    private static synchronized Path model() throws IOException {
        if (model != null) return model;
        Path root = Files.createTempDirectory("coltrain-fuzz");
        Path lib = root.resolve("lib");
        Files.createDirectories(lib);
        try (Stream<Path> files = Files.list(ExampleFiles.EXAMPLES.resolve("lib"))) {
            for (Path f : files.toList()) Files.copy(f, lib.resolve(f.getFileName()));
        }
        for (var f : ExampleFiles.valid()) EXAMPLES.add(Files.readString(f.toPath(), StandardCharsets.UTF_8));
        Files.createDirectories(root.resolve("model"));
        model = root.resolve("model").resolve("fuzzed.coltrain");
        return model;
    }

    /** The entry point of Jazzer's own driver, for long runs outside JUnit ({@code releng/scripts/fuzz}). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        new SyntaxFuzzTest().anyTextGivesMessagesInTheDslsWordsAndValidModelsRun(data);
    }

    @FuzzTest(maxDuration = "30m")
    void anyTextGivesMessagesInTheDslsWordsAndValidModelsRun(FuzzedDataProvider data) throws IOException {
        Path file = model();
        String text = switch (data.consumeInt(0, 2)) {
            case 0 -> data.consumeRemainingAsString();
            case 1 -> {
                String base = EXAMPLES.get(data.consumeInt(0, EXAMPLES.size() - 1));
                int at = data.consumeInt(0, base.length());
                yield base.substring(0, at) + data.consumeString(64) + base.substring(at);
            }
            default -> Mutations.mutate(EXAMPLES.get(data.consumeInt(0, EXAMPLES.size() - 1)), new Random(data.consumeLong()));
        };
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ModelLoader.Loaded loaded = new ModelLoader().load(file.toFile());
        List<Issue> own = loaded.issues().stream().filter(l -> l.file().getAbsoluteFile().equals(file.toFile().getAbsoluteFile()))
                .map(ModelLoader.Located::issue).toList();
        if (own.size() > ColtrainResourceValidator.MAX_ISSUES + 1) throw new AssertionError(own.size() + " issues in one file");
        for (Issue issue : own) {
            String word = Mutations.jargon(issue.getMessage(), text);
            if (word != null) throw new AssertionError("'" + word + "' in: " + issue.getMessage());
        }
        if (loaded.hasErrors() || loaded.model() == null) return;
        // a model that validates must give the simulator core inputs it accepts
        for (Element e : loaded.model().getElements())
            if (e instanceof Experiment experiment) {
                try {
                    new ModelToServing().config(experiment, null);
                } catch (TraceParseException | UncheckedIOException | PolicyException expectedForFilesTheModelNames) {
                    // a trace file's or a scheduler policy's own errors are reported when it is read or compiled
                }
            }
    }
}
