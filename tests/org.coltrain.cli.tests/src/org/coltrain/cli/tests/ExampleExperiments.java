package org.coltrain.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** Every experiment of every shipped example (the invalid corpus excluded), read from the repository root. */
final class ExampleExperiments {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Pattern EXPERIMENT = Pattern.compile("(?m)^experiment\\s+(\\w+)");

    private ExampleExperiments() {
    }

    /** Arguments (model file, experiment name), one per experiment. */
    static Stream<Arguments> all() {
        return files().stream().flatMap(file -> {
            Matcher m = EXPERIMENT.matcher(read(file));
            return m.results().map(r -> Arguments.of(file, r.group(1)));
        });
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".coltrain") && !p.startsWith(EXAMPLES.resolve("invalid")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
