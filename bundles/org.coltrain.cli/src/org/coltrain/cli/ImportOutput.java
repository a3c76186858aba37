package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;

import org.coltrain.bridge.results.AtomicFiles;

import picocli.CommandLine.Option;

/** Where an importer writes its .coltrain text (a picocli mixin): standard output, or a file it never overwrites unasked. */
final class ImportOutput {

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write here instead of standard output")
    File output;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    /** False (after saying why) when FILE exists and --force was not given. */
    boolean mayWrite(PrintWriter err) {
        if (output == null || !output.exists() || force) return true;
        err.println("coltrain: " + output + " exists; choose another file or add --force to overwrite it");
        return false;
    }

    /** The text to standard output, or atomically to FILE. */
    void write(String text, PrintWriter out) throws IOException {
        if (output == null) out.print(text);
        else AtomicFiles.writeString(output.toPath(), text);
        out.flush();
    }

    boolean toFile() {
        return output != null;
    }

    String path() {
        return IssueFormat.path(output);
    }
}
