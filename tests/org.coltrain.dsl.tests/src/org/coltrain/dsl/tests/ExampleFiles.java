package org.coltrain.dsl.tests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped example models, read from the repository (surefire runs in the repository root). */
public final class ExampleFiles {

    public static final Path EXAMPLES = Path.of("examples");
    public static final Path INVALID = EXAMPLES.resolve("invalid");

    private ExampleFiles() {
    }

    /** Every example that must validate clean: all .coltrain files under examples/ except the invalid corpus. */
    public static List<File> valid() {
        return walk(EXAMPLES).filter(p -> !p.startsWith(INVALID)).map(Path::toFile).toList();
    }

    /** The invalid corpus: one file per issue code. */
    public static List<File> invalid() {
        return walk(INVALID).map(Path::toFile).toList();
    }

    private static Stream<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".coltrain")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
