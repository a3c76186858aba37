package org.coltrain.sim.serve.sched;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * The repository's example user-written policies (examples/policies/src), compiled against the simulator core as a
 * user's project would be, so the contract tests hold them to the same rules as the built-ins.
 */
public final class ExamplePolicies {

    private ExamplePolicies() {}

    /** The example EDF policy with {@code settings}. */
    public static Scheduler edf(SchedulerSettings settings) {
        try {
            return loader().loadClass("org.acme.EdfPolicy").asSubclass(Scheduler.class)
                    .getConstructor(SchedulerSettings.class).newInstance(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassLoader loader;

    private static synchronized ClassLoader loader() {
        if (loader != null) return loader;
        File src = sourceRoot();
        try {
            Path out = Files.createTempDirectory("example-policies");
            List<String> files;
            try (var walk = Files.walk(src.toPath())) {
                files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
            }
            String classPath = Path.of(Scheduler.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            String[] args = new String[files.size() + 6];
            int i = 0;
            for (String a : List.of("--release", "21", "-d", out.toString(), "-cp", classPath)) args[i++] = a;
            for (String f : files) args[i++] = f;
            int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args);
            if (rc != 0) throw new IllegalStateException("examples/policies does not compile against the core");
            loader = new URLClassLoader(new URL[] { out.toUri().toURL() }, Scheduler.class.getClassLoader());
            return loader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** examples/policies/src of the repository, found from the working directory (the repository or a test module). */
    private static File sourceRoot() {
        for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            File src = new File(dir, "examples/policies/src");
            if (src.isDirectory()) return src;
        }
        throw new IllegalStateException("examples/policies/src not found above " + new File("").getAbsolutePath());
    }
}
