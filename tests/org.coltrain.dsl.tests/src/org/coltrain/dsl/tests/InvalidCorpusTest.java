package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coltrain.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * examples/invalid holds one file per issue code, named by a first line {@code // expect: code}; through the CLI,
 * each gives exactly that one issue, with file, line and column.
 */
class InvalidCorpusTest {

    private static final Pattern EXPECT = Pattern.compile("// expect: (\\w+)");
    private static final Pattern ISSUE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning): (.+) \\[(\\w+)\\]");
    private static final Set<String> WARNINGS = Set.of("weightsDoNotFitBuffer", "arrivalAboveCapacity", "dramPowerAboveChip",
            "searchNothingFits");

    static List<File> corpus() {
        return ExampleFiles.invalid();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void invalidExampleGivesExactlyItsNamedCodeWithFileLineAndColumn(File file) throws IOException {
        String expected = expectedCode(file);
        Cli cli = Cli.run("validate", file.getPath());
        List<String> lines = cli.issueLines();
        assertEquals(1, lines.size(), () -> file + " should give one issue, gave:\n" + cli.out());
        Matcher m = ISSUE.matcher(lines.get(0));
        assertTrue(m.matches(), () -> "not file:line:col: severity: message [code]: " + lines.get(0));
        assertEquals(file.getPath(), m.group(1));
        assertTrue(Integer.parseInt(m.group(2)) > 1, "the issue is below the expect comment");
        assertTrue(Integer.parseInt(m.group(3)) >= 1);
        assertEquals(expected, m.group(6));
        assertEquals(WARNINGS.contains(expected) ? "warning" : "error", m.group(4));
        assertEquals(WARNINGS.contains(expected) ? 0 : 1, cli.exitCode());
    }

    @Test
    void corpusCoversEveryIssueCodeAndXtextsSyntaxAndLinkingErrors() throws Exception {
        Set<String> codes = new TreeSet<>(List.of("syntax", "linking"));
        for (Field f : IssueCodes.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                codes.add(((String) f.get(null)).substring("org.coltrain.".length()));
        Set<String> covered = new TreeSet<>();
        for (File file : corpus()) covered.add(expectedCode(file));
        codes.removeAll(covered);
        assertEquals(Set.of(), codes, "codes without a file in examples/invalid");
    }

    @Test
    void eachCorpusFileIsNamedForItsCode() throws IOException {
        List<String> misnamed = corpus().stream().filter(f -> !f.getName().equals(code(f) + ".coltrain"))
                .map(File::getName).collect(Collectors.toList());
        assertEquals(List.of(), misnamed);
    }

    private static String code(File f) {
        try {
            return expectedCode(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String expectedCode(File file) throws IOException {
        String first = Files.readAllLines(file.toPath()).get(0);
        Matcher m = EXPECT.matcher(first);
        assertTrue(m.matches(), () -> file + ": first line must be '// expect: code', is '" + first + "'");
        return m.group(1);
    }
}
