package org.coltrain.sim.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md habit 13 for this package: no compiled class under org.coltrain.sim.numerics refers to Eclipse, EMF or
 * the metamodel. Class files name every type they use in their constant pool, so a byte search is enough.
 */
class NumericsIndependenceTest {

    private static final List<String> FORBIDDEN = List.of("org/eclipse/", "org/coltrain/model");

    @Test
    void noNumericsClassReferencesEclipseOrTheModel() throws Exception {
        URL anchor = GemmBench.class.getResource("GemmBench.class");
        String protocol = anchor.getProtocol();
        List<String> offenders = new ArrayList<>();
        int checked;
        if (protocol.equals("jar")) {
            String spec = anchor.toURI().getSchemeSpecificPart(); // file:/.../x.jar!/org/...
            Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
            try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                checked = scan(fs.getPath("/org/coltrain/sim/numerics"), offenders);
            }
        } else if (protocol.equals("file")) {
            checked = scan(Path.of(anchor.toURI()).getParent(), offenders);
        } else {
            // an OSGi bundle URL cannot be walked; the plain-JVM runs (quicktest, surefire) cover this check
            Assumptions.abort("classes are not on a file or jar URL: " + anchor);
            return;
        }
        assertTrue(checked >= 20, "found only " + checked + " classes near " + anchor);
        assertTrue(offenders.isEmpty(), "classes referring to Eclipse/EMF/model: " + offenders);
    }

    private static int scan(Path root, List<String> offenders) throws IOException {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(root)) {
            classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path p : classes) {
            String text;
            try (InputStream in = Files.newInputStream(p)) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            for (String forbidden : FORBIDDEN) if (text.contains(forbidden)) offenders.add(p + " -> " + forbidden);
        }
        return classes.size();
    }
}
