package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.coltrain.cli.ModelLoader;
import org.coltrain.dsl.validation.ColtrainResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of hostile edits of the shipped examples ({@link Mutations}, fixed seed): loading and validating each
 * never throws, every message is free of parser-generator words and raw control characters, and no file gets more
 * than the capped number of issues. The long run of the same check is {@code SyntaxFuzzTest} under Jazzer.
 */
class SyntaxMutationTest {

    /** Enough mutants to reach every rule of the grammar from the examples; about 20 s on two cores. */
    private static final int MUTANTS = 300;

    @Test
    void mutatedExamplesGiveMessagesInTheDslsWordsAndNeverCrash() throws IOException {
        List<File> examples = ExampleFiles.valid();
        Random random = new Random(20261202L);
        List<String> bad = new ArrayList<>();
        int issues = 0;
        for (int i = 0; i < MUTANTS; i++) {
            File source = examples.get(random.nextInt(examples.size()));
            String mutant = Mutations.mutate(Files.readString(source.toPath(), StandardCharsets.UTF_8), random);
            // next to the original, so that its relative imports resolve
            Path file = source.toPath().resolveSibling(".mutant-" + i + ".coltrain");
            Files.writeString(file, mutant, StandardCharsets.UTF_8);
            try {
                for (Issue issue : ownIssues(file)) {
                    issues++;
                    String word = Mutations.jargon(issue.getMessage(), mutant);
                    if (word != null) bad.add(source.getName() + " mutant " + i + " (" + word + "): " + issue.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                bad.add(source.getName() + " mutant " + i + " crashed: " + e);
            } finally {
                Files.delete(file);
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(issues > MUTANTS / 2, "most mutants should be invalid, got " + issues + " issues");
    }

    @Test
    void fiveMegabytesOfJunkGiveAtMostTheCappedNumberOfIssues() throws IOException {
        Path file = Files.createTempFile("junk", ".coltrain");
        try {
            StringBuilder junk = new StringBuilder();
            Random random = new Random(7);
            while (junk.length() < 5_000_000) junk.append(Mutations.JUNK.get(random.nextInt(Mutations.JUNK.size()))).append(' ');
            Files.writeString(file, junk, StandardCharsets.UTF_8);
            List<Issue> issues = ownIssues(file);
            assertTrue(issues.size() <= ColtrainResourceValidator.MAX_ISSUES + 1, "issues: " + issues.size());
            assertTrue(issues.get(issues.size() - 1).getMessage().contains("not shown") || issues.size() <= ColtrainResourceValidator.MAX_ISSUES);
            for (Issue issue : issues) assertEquals(null, Mutations.jargon(issue.getMessage(), junk.toString()), issue.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    private static List<Issue> ownIssues(Path file) {
        File own = file.toFile().getAbsoluteFile();
        return new ModelLoader().load(own).issues().stream().filter(l -> l.file().getAbsoluteFile().equals(own))
                .map(ModelLoader.Located::issue).toList();
    }
}
