package org.coltrain.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.junit.jupiter.api.Test;

/**
 * A user-written policy in the workspace: the example project's policies/policies.coltrain names
 * org.acme.EdfPolicy, whose source is the project's policies/src/org/acme/EdfPolicy.java; the launch compiles it
 * with the generated class (and for the interpreted run on its own) and both runs write the same results.
 */
class CustomPolicyLaunchTest {

    @Test
    void theLaunchCompilesTheWorkspacesPolicyAndRunsIt() throws Exception {
        IFile model = Ui.exampleProject().getFile("policies/policies.coltrain");
        assertTrue(Ui.exampleProject().getFile("policies/src/org/acme/EdfPolicy.java").exists(), "the example ships the policy's source");
        IFolder generated = LaunchTest.run(model, "EdfThrottled", "out/policy-generated", true);
        String json = read(generated);
        assertTrue(json.contains("\"experiment\": \"EdfThrottled\"") && json.contains("\"scheduler\": \"edf\""), json);
        IFolder interpreted = LaunchTest.run(model, "EdfThrottled", "out/policy-interpreted", false);
        assertEquals(json, read(interpreted), "generated and interpreted runs of the user's policy agree");
    }

    private static String read(IFolder out) throws Exception {
        return Files.readString(Path.of(out.getFile("results.json").getLocationURI()));
    }
}
