package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the files and folders a user names into readable .coltrain files, or says which one is wrong. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The files, folders expanded recursively in name order; null (after printing why) if one is unusable. */
    static List<File> expand(List<File> inputs, PrintWriter err) {
        List<File> files = new ArrayList<>();
        for (File input : inputs) {
            if (input.isDirectory()) {
                try (Stream<Path> walk = Files.walk(input.toPath())) {
                    walk.filter(p -> p.toString().endsWith(".coltrain")).sorted().forEach(p -> files.add(p.toFile()));
                } catch (IOException | UncheckedIOException e) {
                    err.println("coltrain: cannot read folder " + input + ": " + e.getMessage());
                    return null;
                }
            } else if (!input.isFile()) {
                err.println("coltrain: " + org.coltrain.dsl.parser.Printable.escape(input.getPath()) + ": no such file");
                err.flush();
                return null;
            } else if (!input.canRead()) {
                err.println("coltrain: " + org.coltrain.dsl.parser.Printable.escape(input.getPath()) + ": not readable (check its permissions)");
                err.flush();
                return null;
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
