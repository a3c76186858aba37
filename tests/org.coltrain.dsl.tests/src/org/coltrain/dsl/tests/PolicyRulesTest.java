package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.POLICY_CLASS_NAME;
import static org.coltrain.dsl.validation.IssueCodes.POLICY_SOURCE_MISSING;
import static org.coltrain.dsl.validation.IssueCodes.UNKNOWN_SETTING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.Model;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User-written policies ({@code scheduler custom "..."}, PolicyValidator), each check both ways. */
class PolicyRulesTest extends RuleTestSupport {

    private static String custom(String scheduler) {
        return SYSTEM.replace("scheduler adaptive", scheduler);
    }

    private Model parseAt(Path dir, String text) {
        return models.parse(text, dir.resolve("models/system.coltrain").toFile());
    }

    private static void writePolicy(Path root) throws IOException {
        Path source = root.resolve("src/org/acme/EdfPolicy.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package org.acme;\n");
    }

    @Test
    void aClassNameThatIsNotJavaIsAnError(@TempDir Path dir) throws IOException {
        writePolicy(dir.resolve("models"));
        assertOnly(parseAt(dir, custom("scheduler custom \"org.acme.Edf-Policy\"")), Literals.SCHEDULER, POLICY_CLASS_NAME,
                Severity.ERROR);
    }

    @Test
    void aQualifiedClassNameWithItsSourceNextToTheModelIsAccepted(@TempDir Path dir) throws IOException {
        writePolicy(dir.resolve("models"));
        assertEquals("", String.join("\n", models.issues(parseAt(dir, custom("scheduler custom \"org.acme.EdfPolicy\"")))
                .stream().map(Object::toString).toList()));
    }

    @Test
    void aPolicyWithoutItsSourceIsAnError(@TempDir Path dir) {
        assertOnly(parseAt(dir, custom("scheduler custom \"org.acme.EdfPolicy\"")), Literals.SCHEDULER, POLICY_SOURCE_MISSING,
                Severity.ERROR);
    }

    @Test
    void aPolicySourceInAFolderAboveTheModelIsFound(@TempDir Path dir) throws IOException {
        // A project's src/ at its root serves models in its subfolders, as in an IDE workspace project.
        writePolicy(dir);
        assertEquals("", String.join("\n", models.issues(parseAt(dir, custom("scheduler custom \"org.acme.EdfPolicy\"")))
                .stream().map(Object::toString).toList()));
    }

    @Test
    void aUserPolicysOwnSettingsAreNotUnknownButTheEnginesKeepTheirUnits(@TempDir Path dir) throws IOException {
        writePolicy(dir.resolve("models"));
        String settings = "scheduler custom \"org.acme.EdfPolicy\" { max_training_share = 0.5 preemption_cost = 2 us }";
        assertEquals("", String.join("\n", models.issues(parseAt(dir, custom(settings))).stream().map(Object::toString).toList()));
        // A built-in policy still rejects a key it does not know.
        assertOnlyError(custom("scheduler adaptive { max_training_share = 0.5 }"), Literals.SETTING, UNKNOWN_SETTING);
    }
}
