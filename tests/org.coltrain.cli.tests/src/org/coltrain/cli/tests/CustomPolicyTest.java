package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user-written policy (examples/policies): {@code coltrain run} compiles it from the user's project with the
 * generated class; the generated class also compiles with plain javac and runs with plain {@code java -cp} on the
 * simulator runtime, without the DSL; a policy that does not compile, or is no scheduler, is a one-line error per
 * problem with its file and line.
 */
class CustomPolicyTest {

    private static final Path MODEL = Path.of("examples/policies/policies.coltrain");
    private static final Path POLICY = Path.of("examples/policies/src/org/acme/EdfPolicy.java");

    @Test
    void theGeneratedClassAndThePolicyRunWithPlainJavaAndWriteWhatRunWrites(@TempDir Path dir) throws Exception {
        Cli run = Cli.run("run", MODEL, "-e", "EdfThrottled", "-o", dir.resolve("run"));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("scheduler edf"), run::toString);

        Cli generate = Cli.run("generate", MODEL, "-e", "EdfThrottled", "-o", dir.resolve("gen"));
        assertEquals(0, generate.exitCode(), generate::toString);
        Path source = dir.resolve("gen/coltrain/generated/EdfThrottledSimulation.java");
        assertTrue(Files.readString(source).contains("new org.acme.EdfPolicy(new SchedulerSettings("), Files.readString(source));
        String classPath = runtimeClassPath();
        Path classes = dir.resolve("classes");
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21", "-d", classes.toString(),
                "-cp", classPath, source.toString(), POLICY.toString());
        assertEquals(0, javac, "javac of the generated class and the policy");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath + File.pathSeparator + classes, "coltrain.generated.EdfThrottledSimulation", "42",
                dir.resolve("plain").toString()).redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes());
        assertEquals(0, java.waitFor(), printed);
        assertEquals(Files.readString(dir.resolve("run/results.json")), Files.readString(dir.resolve("plain/results.json")));
    }

    @Test
    void aPolicyThatDoesNotCompileIsReportedAtItsFileAndLine(@TempDir Path dir) throws IOException {
        Path model = project(dir, Files.readString(POLICY).replace("return queue.oldestDeadlineNs();", "return queue.oldestDeadline();"));
        Cli cli = Cli.run("run", model, "-e", "Edf", "-o", dir.resolve("out"));
        assertEquals(1, cli.exitCode(), cli::toString);
        String line = cli.err().strip();
        assertTrue(line.matches(".*src/org/acme/EdfPolicy\\.java:\\d+: cannot find symbol"), cli::toString);
        assertFalse(Files.exists(dir.resolve("out/results.json")));
        assertFalse((cli.out() + cli.err()).contains("\tat "), cli::toString);
    }

    @Test
    void aClassThatIsNoSchedulerIsAClearError(@TempDir Path dir) throws IOException {
        Path model = project(dir, "package org.acme;\n\npublic final class EdfPolicy {\n}\n");
        Cli cli = Cli.run("run", model, "-e", "Edf", "--interpret", "-o", dir.resolve("out"));
        assertEquals(1, cli.exitCode(), cli::toString);
        assertTrue(cli.err().strip().endsWith("src/org/acme/EdfPolicy.java:3: org.acme.EdfPolicy does not implement "
                + "org.coltrain.sim.serve.sched.Scheduler; declare it as 'public class EdfPolicy implements Scheduler'"), cli::toString);
    }

    /** A copy of the example with {@code policySource} as its policy, in a fresh project folder. */
    private static Path project(Path dir, String policySource) throws IOException {
        Path src = dir.resolve("src/org/acme/EdfPolicy.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, policySource);
        Path model = dir.resolve("policies.coltrain");
        String examples = Path.of("examples").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(model, Files.readString(MODEL).replace("import \"../", "import \"" + examples + "/"));
        return model;
    }

    /** The simulator core, the bridge's results writers and what they use; no Xtext, no DSL. */
    private static String runtimeClassPath() throws URISyntaxException, ClassNotFoundException {
        Set<String> entries = new LinkedHashSet<>();
        List<String> used = new ArrayList<>(List.of("org.coltrain.sim.serve.result.SimulationResult",
                "org.coltrain.bridge.results.ResultsJson", "com.google.gson.Gson", "org.HdrHistogram.Histogram",
                "org.coltrain.model.Model", "org.eclipse.emf.ecore.EObject", "org.eclipse.emf.common.util.URI",
                "org.eclipse.emf.ecore.xmi.XMIResource"));
        for (String name : used)
            entries.add(Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String e : entries) assertFalse(e.contains("xtext") || e.contains("org.coltrain.dsl"), e);
        return String.join(File.pathSeparator, entries);
    }
}
