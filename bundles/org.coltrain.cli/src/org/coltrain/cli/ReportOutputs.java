package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.report.DescriptionSet;
import org.coltrain.report.RunReport;
import org.coltrain.report.diagram.DescriptionException;
import org.coltrain.report.diagram.DiagramDescription;

/** The report part of {@code coltrain run}: which descriptions, which parts, and what the user is told. */
final class ReportOutputs {

    private ReportOutputs() {
    }

    /** The built-in descriptions, overridden by {@code folder}'s; empty (after saying why) when one cannot be read. */
    static Optional<List<DiagramDescription>> descriptions(File folder, PrintWriter err) {
        try {
            if (folder == null) return Optional.of(DescriptionSet.builtIn());
            if (!folder.isDirectory()) {
                err.println("coltrain: --diagrams " + folder + " is not a folder; give a folder of *.json diagram descriptions");
                return Optional.empty();
            }
            return Optional.of(DescriptionSet.withFolder(folder.toPath()));
        } catch (DescriptionException e) {
            err.println(e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            err.println("coltrain: cannot read " + folder + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the report; a description that does not fit the model is reported (file, mapping, fix), not thrown. */
    static Optional<RunReport.Written> write(Path dir, Experiment experiment, RunResult results, List<DiagramDescription> descriptions,
            RunReport.Parts parts, PrintWriter err) throws IOException {
        try {
            return Optional.of(RunReport.write(dir, experiment, results, descriptions, parts));
        } catch (DescriptionException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    static void print(Path dir, RunReport.Written written, PrintWriter out) {
        if (written.files().isEmpty()) return;
        long svgs = written.files().stream().filter(p -> p.toString().endsWith(".svg")).count();
        long csvs = written.files().stream().filter(p -> p.toString().endsWith(".csv")).count();
        boolean html = written.files().stream().anyMatch(p -> p.getFileName().toString().equals("report.html"));
        out.printf(java.util.Locale.ROOT, "wrote %s%d CSVs and %d SVGs in %.0f ms%n", html ? dir.resolve("report.html") + ", " : "", csvs, svgs,
                written.elapsedNs() / 1e6);
    }
}
