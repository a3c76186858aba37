package org.coltrain.bridge.policy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler with class files kept in memory: compiles source files and in-memory sources against a class
 * path, and loads the result in a child class loader, so compiled code and its caller (CLI or IDE) share the
 * simulator core's classes. Used for generated simulation classes and for user-written policies.
 */
public final class JavaMemoryCompiler {

    /** What one compilation produced: class files by binary name, or the errors. */
    public record Result(Map<String, byte[]> classes, List<Diagnostic<? extends JavaFileObject>> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private JavaMemoryCompiler() {
    }

    /** Whether this Java runtime has a compiler (a JDK, not a JRE). */
    public static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /** An in-memory source at {@code path} (e.g. {@code org/acme/Foo.java}). */
    public static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /**
     * Compiles {@code sources} (in memory) and {@code files} (on disk) with {@code options}; only valid when
     * {@link #available()}. Warnings are not errors unless the options say so ({@code -Werror}).
     */
    public static Result compile(List<JavaFileObject> sources, List<File> files, List<String> options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        try (JavaFileManager manager = new MemoryFileManager(standard, out)) {
            List<JavaFileObject> units = new ArrayList<>(sources);
            for (JavaFileObject f : standard.getJavaFileObjectsFromFiles(files)) units.add(f);
            StringWriter log = new StringWriter();
            boolean ok = compiler.getTask(log, manager, diagnostics, options, null, units).call();
            List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics())
                if (d.getKind() == Diagnostic.Kind.ERROR) errors.add(d);
            // javac reports its own crashes (a stack overflow on deep input) as pages of frames: the first line says it
            if (!ok && errors.isEmpty())
                throw new IllegalStateException("the compiler failed without an error: " + log.toString().lines().findFirst().orElse(""));
            Map<String, byte[]> classes = new HashMap<>();
            if (ok) out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
            return new Result(classes, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader that defines {@code classes} (binary name to class file) and delegates the rest to {@code parent}. */
    public static ClassLoader loader(Map<String, byte[]> classes, ClassLoader parent) {
        Map<String, byte[]> own = Map.copyOf(classes);
        return new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = own.get(name);
                if (b == null) return super.findClass(name);
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    /** One line of a diagnostic: {@code file:line: message} (the message's first line). */
    public static String line(Diagnostic<? extends JavaFileObject> d, String file) {
        String message = d.getMessage(Locale.ROOT);
        int nl = message.indexOf('\n');
        return file + ":" + d.getLineNumber() + ": " + (nl < 0 ? message : message.substring(0, nl));
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
