package org.coltrain.bridge.policy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.SchedulerSettings;

/**
 * Compiles a user-written policy from its source in the user's project ({@link PolicySources}) against the simulator
 * core, checks that it is a scheduler the engine can build, and instantiates it with the model's settings. Problems
 * are the user's and come back as {@link PolicyException}s of {@code file:line: message} lines. A compiled policy
 * is kept per source file and modification time, so a sweep compiles it once.
 */
public final class PolicyCompiler {

    /** Options of a policy's compilation: the simulator's language level; the user's warnings stay warnings. */
    static final List<String> OPTIONS = List.of("--release", "21", "-implicit:class", "-proc:none");

    /** A policy's class files and the checked class (loaded by a child of the compiler's parent loader). */
    public record Compiled(String className, PolicySources.Found source, Map<String, byte[]> classes,
            Class<? extends Scheduler> type) {
    }

    private record Key(String className, String file, long modifiedMs) {
    }

    private final String classPath;
    private final ClassLoader parent;
    private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();

    /** Compiles against {@code classPath} (which must hold the simulator core) and loads below {@code parent}. */
    public PolicyCompiler(String classPath, ClassLoader parent) {
        this.classPath = classPath;
        this.parent = parent;
    }

    /** For a plain JVM (the CLI, tests): the simulator core's jar and the JVM class path. */
    public static PolicyCompiler plainJvm() {
        return new PolicyCompiler(plainClassPath(Scheduler.class), PolicyCompiler.class.getClassLoader());
    }

    /** The locations of {@code used}'s classes, then the JVM's class path. */
    public static String plainClassPath(Class<?>... used) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : used) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    public String classPath() {
        return classPath;
    }

    /** The policy {@code className} that the model {@code modelFile} names, compiled and checked. */
    public Compiled compile(File modelFile, String className) throws PolicyException {
        String where = label(modelFile) + ": scheduler custom \"" + className + "\": ";
        if (!PolicySources.isClassName(className))
            throw new PolicyException(where + "not a qualified Java class name (write it as in Java: \"org.acme.EdfPolicy\")");
        PolicySources.Found source = PolicySources.find(modelFile, className);
        if (source == null)
            throw new PolicyException(where + "no source " + PolicySources.relativePath(className) + " in "
                    + PolicySources.roots(modelFile).get(0) + " or a src folder above it");
        Key key = new Key(className, source.file().getAbsolutePath(), source.file().lastModified());
        Compiled cached = cache.get(key);
        if (cached != null) return cached;
        if (!JavaMemoryCompiler.available())
            throw new PolicyException(where + "this Java runtime has no compiler (a JRE, not a JDK); install a JDK >= 21 to use a custom policy");
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("-classpath", classPath, "-sourcepath", source.root().getPath()));
        JavaMemoryCompiler.Result result = JavaMemoryCompiler.compile(List.of(), List.of(source.file()), options);
        if (!result.ok()) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : result.errors())
                lines.add(JavaMemoryCompiler.line(d, d.getSource() == null ? label(source.file()) : label(new File(d.getSource().toUri()))));
            throw new PolicyException(lines);
        }
        Compiled compiled = new Compiled(className, source, result.classes(), check(className, source.file(), result.classes()));
        cache.put(key, compiled);
        return compiled;
    }

    /** A new instance of the compiled policy with {@code settings}; the policy's own complaints name the model. */
    public Scheduler instantiate(Compiled policy, SchedulerSettings settings, File modelFile) throws PolicyException {
        try {
            return policy.type().getConstructor(SchedulerSettings.class).newInstance(settings);
        } catch (InvocationTargetException e) {
            throw new PolicyException(label(modelFile) + ": scheduler custom \"" + policy.className() + "\": "
                    + (e.getCause() instanceof IllegalArgumentException ? "" : e.getCause().getClass().getSimpleName() + ": ")
                    + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("checked policy " + policy.className() + " cannot be built", e);
        }
    }

    /** The class, if it is a public, concrete scheduler with a public constructor taking the settings. */
    private Class<? extends Scheduler> check(String className, File file, Map<String, byte[]> classes) throws PolicyException {
        Class<?> type;
        try {
            type = Class.forName(className, false, JavaMemoryCompiler.loader(classes, parent));
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PolicyException(label(file) + ":1: no class " + className + " (the file must declare it, in package "
                    + packageOf(className) + ")");
        }
        String at = label(file) + ":" + declarationLine(file, className) + ": " + className;
        if (!Scheduler.class.isAssignableFrom(type))
            throw new PolicyException(at + " does not implement " + Scheduler.class.getName() + "; declare it as 'public class "
                    + simpleName(className) + " implements Scheduler'");
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers()) || type.isInterface())
            throw new PolicyException(at + " must be a public, non-abstract class");
        try {
            Constructor<?> c = type.getConstructor(SchedulerSettings.class);
            if (!Modifier.isPublic(c.getModifiers())) throw new NoSuchMethodException();
        } catch (NoSuchMethodException e) {
            throw new PolicyException(at + " has no public constructor " + simpleName(className)
                    + "(SchedulerSettings); add one (it receives the model's settings)");
        }
        return type.asSubclass(Scheduler.class);
    }

    /** The 1-based line that declares the class (its simple name after 'class' or 'record'), else 1. */
    private static int declarationLine(File file, String className) {
        try {
            List<String> lines = Files.readAllLines(file.toPath());
            String name = simpleName(className);
            for (int i = 0; i < lines.size(); i++)
                if (lines.get(i).matches(".*\\b(class|record|interface|enum)\\s+" + name + "\\b.*")) return i + 1;
        } catch (IOException e) {
            // the compiler just read it; a line number is a courtesy
        }
        return 1;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "(none)" : className.substring(0, dot);
    }

    /** A path as the user gave it: relative to the working directory when below it. */
    static String label(File file) {
        String cwd = new File("").getAbsolutePath() + File.separator, abs = file.getAbsolutePath();
        return abs.startsWith(cwd) ? abs.substring(cwd.length()) : abs;
    }
}
