package org.coltrain.dsl.generator;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.dsl.generator.SimulationClassGenerator.GeneratedClass;
import org.coltrain.sim.serve.result.SimulationResult;

/**
 * Compiles a generated class in memory with the JDK's compiler against a class path and loads it in a child class
 * loader, so the instance and its caller (the CLI or the IDE) share the simulator core's classes.
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
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> used : List.of(SimulationResult.class, ResultsJson.class)) {
            try {
                entries.add(Path.of(used.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** The compiled class; a compilation error here is a generator bug and fails with the compiler's messages. */
    static Class<?> compile(GeneratedClass generated, String classPath, ClassLoader parent) throws NoCompilerException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) throw new NoCompilerException();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        try (JavaFileManager files = new MemoryFileManager(compiler.getStandardFileManager(diagnostics, Locale.ROOT, null), classes)) {
            List<String> options = new java.util.ArrayList<>(OPTIONS);
            options.addAll(List.of("-classpath", classPath));
            StringWriter out = new StringWriter();
            boolean ok;
            try {
                ok = compiler.getTask(out, files, diagnostics, options, null, List.of(new Source(generated))).call();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
                throw new IllegalStateException("javac failed on the generated class " + generated.qualifiedName() + " ("
                        + crash.getClass().getSimpleName() + "); run with --interpret to simulate without it");
            }
            if (!ok) throw new IllegalStateException("the generated class " + generated.qualifiedName() + " does not compile ("
                    + firstError(diagnostics) + "); run with --interpret to simulate without it");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ClassLoader loader = new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) return super.findClass(name);
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        try {
            return loader.loadClass(generated.qualifiedName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled " + generated.qualifiedName() + " but found no class file", e);
        }
    }

    /** The compiler's first error on one line, and how many more there are. */
    static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING).toList();
        if (errors.isEmpty()) return "no message from javac";
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        String message = first.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        if (message.length() > 200) message = message.substring(0, 200) + "...";
        return "line " + first.getLineNumber() + ": " + message + (errors.size() > 1 ? "; " + (errors.size() - 1) + " more" : "");
    }

    /** The generated source as the compiler's input. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(GeneratedClass generated) {
            super(URI.create("string:///" + generated.path()), Kind.SOURCE);
            text = generated.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Class files go to memory, keyed by binary class name; everything else is the standard file manager's. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        MemoryFileManager(JavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) throw new IllegalArgumentException("unexpected output " + className);
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                }
            };
        }
    }
}
