package org.coltrain.bridge.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.results.AtomicFiles;

/**
 * The files of one run as they are written into its staging folder (see {@link RunFolder}): plain writes, since the
 * folder as a whole appears at once. Names are relative to the run's folder ({@code svg/timeline.svg}).
 */
public final class OutputFiles {

    private final Path root;
    private final List<String> written = new ArrayList<>();

    OutputFiles(Path root) {
        this.root = root;
    }

    public void writeString(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public void write(String name, AtomicFiles.Content content) throws IOException {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root)) throw new IllegalArgumentException("output " + name + " lies outside the run folder");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.write(out);
        }
        written.add(name);
    }

    /** The names written so far, in order. */
    public List<String> written() {
        return List.copyOf(written);
    }
}
