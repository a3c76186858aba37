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
 * {@code *.json} adds a diagram to the reports of the element kind it names ({@code "element"}, experiment by
 * default). Changing a diagram therefore needs no Java.
 */
public final class DescriptionSet {

    /** The built-in descriptions: an experiment's three, then a mapping's, a SuperNet serving block's and a cluster's. */
    public static final List<String> BUILT_IN = List.of("architecture", "mapping", "timeline", "odimo-split", "sushi-queries",
            "sushi-cache", "cluster-topology");

    private DescriptionSet() {
    }

    public static List<DiagramDescription> builtIn() {
        List<DiagramDescription> out = new ArrayList<>();
        for (String name : BUILT_IN) out.add(DescriptionReader.builtIn(name));
        return out;
    }

    /** The descriptions of {@code all} that draw runs of the element kind {@code keyword} (experiment, mapping, ...). */
    public static List<DiagramDescription> forElement(List<DiagramDescription> all, String keyword) {
        return all.stream().filter(d -> d.element().equals(keyword)).toList();
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
