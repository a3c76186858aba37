package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * tests/org.coltrain.dsl.tests/corpus/syntax: one syntax mistake per file, and the message it must give (first
 * line {@code // message: ...}, or {@code none} for a file that must validate clean): exactly one error, in the DSL's
 * words, with no follow-on error from the checks or the linker.
 */
class SyntaxCorpusTest {

    static final Path CORPUS = Path.of("tests/org.coltrain.dsl.tests/corpus/syntax");

    static List<File> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".coltrain")).sorted().map(Path::toFile).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void syntaxMistakeGivesOneErrorInTheDslsWords(File file) throws IOException {
        String first = Files.readString(file.toPath(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("// message: "), () -> file + ": first line must be '// message: ...'");
        String expected = first.substring("// message: ".length());
        Cli cli = Cli.run("validate", file.getPath());
        List<String> lines = cli.issueLines();
        if (expected.equals("none")) {
            assertEquals(List.of(), lines);
            return;
        }
        assertEquals(1, lines.size(), () -> file + " should give one error, gave:\n" + cli.out());
        assertTrue(lines.get(0).contains(expected), () -> "expected '" + expected + "' in:\n" + lines.get(0));
        assertNull(Mutations.jargon(lines.get(0), Files.readString(file.toPath(), StandardCharsets.UTF_8)), lines.get(0));
        assertEquals(1, cli.exitCode());
    }
}
