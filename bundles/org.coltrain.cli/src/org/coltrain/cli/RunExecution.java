package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.coltrain.bridge.run.RunException;
import org.coltrain.bridge.run.RunFiles;
import org.coltrain.bridge.run.RunFolder;
import org.coltrain.bridge.run.RunKind;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunOutput;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.report.DescriptionSet;
import org.coltrain.report.Reports;
import org.coltrain.report.RunReport;
import org.coltrain.report.diagram.DescriptionException;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.sim.table.TableFormat;

/**
 * What {@code coltrain run} and its aliases (sweep, map, supernet, cluster) do once they know the target: check the
 * output folder and the diagram descriptions, prepare, run, write the folder, print the summary. Only translation:
 * the pipeline is the bridge's ({@link RunKind}, {@link RunFiles}) and the report's ({@link Reports}).
 */
final class RunExecution {

    private RunExecution() {
    }

    static int execute(RunTarget target, RunOptions options, File out, File diagrams, String modelLabel, PrintWriter stdout,
            PrintWriter err) {
        if (out != null && out.getPath().isEmpty()) {
            err.println("coltrain: -o names no folder; give one, e.g. -o out/" + target.defaultFolder());
            return ExitCodes.USAGE;
        }
        Path dir = (out != null ? out : new File("out", target.defaultFolder())).toPath();
        String problem = RunFolder.problem(dir);
        if (problem != null) {
            err.println("coltrain: " + problem);
            return ExitCodes.USAGE;
        }
        Optional<List<DiagramDescription>> descriptions = descriptions(diagrams, err);
        if (descriptions.isEmpty()) return ExitCodes.USAGE;
        RunReport.warmUp(); // the report's class loading (ELK, AWT, JFreeChart) overlaps preparing and simulating
        RunOutput output;
        try {
            output = target.kind().prepare(target.element(), modelLabel, options).run(ProgressBar.forTerminal(err));
        } catch (RunException e) {
            err.println(e.located() ? e.getMessage() : "coltrain: " + e.getMessage());
            return e.usage() ? ExitCodes.USAGE : ExitCodes.MODEL_ERRORS;
        }
        output.summary(stdout);
        RunFiles.Written written;
        try {
            TableFormat format = options.setting(TableFormat.class, null);
            written = RunFiles.write(dir, output, new Reports(descriptions.get()),
                    format == null ? List.of() : List.of(format));
        } catch (DescriptionException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        } catch (IOException e) {
            err.println("coltrain: cannot write the run into " + dir + ": " + reason(e));
            return ExitCodes.USAGE;
        }
        print(written, stdout);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** "wrote out/X/: results.json, results.xmi, 3 CSVs, 6 SVGs, report.html (report in 420 ms)". */
    static void print(RunFiles.Written w, PrintWriter out) {
        StringBuilder b = new StringBuilder("wrote ").append(w.dir()).append(File.separator).append(": results.json, results.xmi");
        if (w.count(".csv") > 0) b.append(", ").append(w.count(".csv")).append(" CSV").append(w.count(".csv") > 1 ? "s" : "");
        if (w.count(".parquet") > 0) b.append(", ").append(w.count(".parquet")).append(" Parquet");
        if (w.count(".svg") > 0) b.append(", ").append(w.count(".svg")).append(" SVG").append(w.count(".svg") > 1 ? "s" : "");
        if (w.files().contains("report.html"))
            b.append(String.format(Locale.ROOT, ", report.html (report in %.0f ms)", w.reportNs() / 1e6));
        out.println(b);
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

    /** The operating system's reason ("No space left on device"), not the exception's class. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
