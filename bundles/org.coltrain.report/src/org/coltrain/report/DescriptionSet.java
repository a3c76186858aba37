package org.coltrain.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.coltrain.report.diagram.DescriptionReader;
import org.coltrain.report.diagram.DiagramDescription;

/**
 * The diagram descriptions a report draws: the built-in ones ({@code descriptions/*.json} in this bundle) and, if
 * given, a folder of the user's: a file with a built-in's name ({@code architecture.json}) replaces it, any other
 * {@code *.json} adds a diagram. Changing a diagram therefore needs no Java.
 */
public final class DescriptionSet {

    public static final List<String> BUILT_IN = List.of("architecture", "mapping", "timeline");

    private DescriptionSet() {
    }

    public static List<DiagramDescription> builtIn() {
        List<DiagramDescription> out = new ArrayList<>();
        for (String name : BUILT_IN) out.add(DescriptionReader.builtIn(name));
        return out;
    }

    /** Built-ins overridden and extended by {@code dir}'s {@code *.json} files (in file-name order). */
    public static List<DiagramDescription> withFolder(Path dir) throws IOException {
        Map<String, DiagramDescription> byName = new LinkedHashMap<>();
        for (DiagramDescription d : builtIn()) byName.put(d.name(), d);
        TreeSet<Path> files = new TreeSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : s) files.add(p);
        }
        for (Path p : files) {
            DiagramDescription d = DescriptionReader.read(p);
            byName.put(d.name(), d);
        }
        return new ArrayList<>(byName.values());
    }
}
