package org.coltrain.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The simulator core must stay plain Java, usable from the CLI, tests and generated code alike: no class under
 * org.coltrain.sim may import Eclipse, EMF or the metamodel (STYLE.md, habit 13).
 */
class CoreIndependenceTest {

    private static final List<String> FORBIDDEN = List.of("org.eclipse.", "org.coltrain.model", "org.coltrain.bridge",
            "org.coltrain.dsl", "com.google.inject", "org.osgi.");

    @Test
    void simulatorCoreImportsNeitherEclipseNorTheMetamodel() throws IOException {
        Path src = repositoryRoot().resolve("bundles/org.coltrain.sim/src");
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                for (String line : Files.readAllLines(file)) {
                    String t = line.trim();
                    if (!t.startsWith("import ")) continue;
                    for (String prefix : FORBIDDEN)
                        if (t.replace("import static ", "import ").startsWith("import " + prefix))
                            offenders.add(src.relativize(file) + ": " + t);
                }
            }
        }
        assertTrue(files > 50, "expected the core's sources under " + src + ", found " + files + " files");
        assertEquals(List.of(), offenders);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles/org.coltrain.sim"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("run the tests inside the repository");
        return dir;
    }
}
