package org.coltrain.dsl.generator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.coltrain.bridge.policy.JavaMemoryCompiler;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.dsl.generator.SimulationClassGenerator.GeneratedClass;
import org.coltrain.sim.serve.result.SimulationResult;

/**
 * Compiles a generated class in memory with the JDK's compiler against a class path and loads it in a child class
 * loader, so the instance and its caller (the CLI or the IDE) share the simulator core's classes. A user-written
 * policy the class names is compiled first ({@link PolicyCompiler}, which reports the user's errors) and the
 * generated class against it, both loaded by the same loader.
 */
public final class InstanceCompiler {

    /** Options of every compilation: all lint warnings are errors, as the generator promises warning-free code. */
    public static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "--release", "21");

    /** Thrown when the running Java has no compiler (a JRE, not a JDK). */
    public static final class NoCompilerException extends Exception {
        private static final long serialVersionUID = 1L;

        NoCompilerException() {
            super("this Java runtime has no compiler (a JRE, not a JDK); install a JDK >= 21 or run with --interpret");
        }
    }

    private InstanceCompiler() {
    }

    /**
     * The simulator core and the bridge, which the generated class uses, then the JVM's class path: under a test
     * runner or a manifest-only launcher jar, java.class.path alone does not list them.
     */
    static String classPath() {
        return PolicyCompiler.plainClassPath(SimulationResult.class, ResultsJson.class);
    }

    /** The compiled class; a compilation error here is a generator bug and fails with the compiler's messages. */
    static Class<?> compile(GeneratedClass generated, String classPath, ClassLoader parent) throws NoCompilerException {
        return compile(generated, classPath, parent, null);
    }

    /** The compiled class, compiled against and loaded with {@code policy}'s classes when it is not null. */
    static Class<?> compile(GeneratedClass generated, String classPath, ClassLoader parent, PolicyCompiler.Compiled policy)
            throws NoCompilerException {
        if (!JavaMemoryCompiler.available()) throw new NoCompilerException();
        Path policyClasses = policy == null ? null : writeClasses(policy.classes());
        try {
            List<String> options = new ArrayList<>(OPTIONS);
            options.addAll(List.of("-classpath", policyClasses == null ? classPath : policyClasses + File.pathSeparator + classPath));
            JavaMemoryCompiler.Result result;
            try {
                result = JavaMemoryCompiler.compile(List.of(JavaMemoryCompiler.source(generated.path(), generated.source())), List.of(), options);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
                throw new IllegalStateException("javac failed on the generated class " + generated.qualifiedName() + " ("
                        + String.valueOf(crash.getMessage()).lines().findFirst().orElse(crash.getClass().getSimpleName())
                        + "); run with --interpret to simulate without it");
            }
            if (!result.ok()) throw new IllegalStateException("the generated class " + generated.qualifiedName() + " does not compile ("
                    + firstError(result.errors()) + "); run with --interpret to simulate without it");
            Map<String, byte[]> classes = new HashMap<>(result.classes());
            if (policy != null) classes.putAll(policy.classes());
            return JavaMemoryCompiler.loader(classes, parent).loadClass(generated.qualifiedName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled " + generated.qualifiedName() + " but found no class file", e);
        } finally {
            if (policyClasses != null) delete(policyClasses);
        }
    }

    /** The compiler's first error on one line, and how many more there are. */
    static String firstError(List<Diagnostic<? extends JavaFileObject>> errors) {
        if (errors.isEmpty()) return "no message from javac";
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        String message = first.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        if (message.length() > 200) message = message.substring(0, 200) + "...";
        return "line " + first.getLineNumber() + ": " + message + (errors.size() > 1 ? "; " + (errors.size() - 1) + " more" : "");
    }

    /** The compiler reads class files from a class path only: the policy's go to a temporary folder for the compile. */
    private static Path writeClasses(Map<String, byte[]> classes) {
        try {
            Path dir = Files.createTempDirectory("coltrain-policy");
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                Path f = dir.resolve(c.getKey().replace('.', '/') + ".class");
                Files.createDirectories(f.getParent());
                Files.write(f, c.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
