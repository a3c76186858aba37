package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.bridge.run.StudyCache;
import org.coltrain.model.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a study element: a shipped one by name (examples/), or one of a model file. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Runs a study (a 'study' element: designs or a design search, workloads, SLO, claims) and writes "
                + "claims.csv (claim,source,published,ours,unit,tolerance,verdict,depends_on), one CSV per table, "
                + "results.xmi and report.html. Without NAME, lists the shipped studies.")
public final class StudyCommand implements Callable<Integer> {

    private static final Pattern STUDY = Pattern.compile("(?m)^\\s*study\\s+(\\^?\\w+)\\s*\\{");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the study (case-insensitive), e.g. equinox")
    String name;

    @Option(names = { "-f", "--file" }, paramLabel = "FILE", description = "the .coltrain model holding the study "
            + "(default: the shipped study of that name under examples/)")
    File file;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder (default: out/<study>/)")
    File out;

    @Option(names = "--no-cache", description = "simulate every capacity again (the cache file is not read or written)")
    boolean noCache;

    @Option(names = "--cache-only", description = "fail instead of simulating when a result is not in the study's "
            + "cache (tests and CI: a stale cache is reported with the command that regenerates it)")
    boolean cacheOnly;

    @Option(names = "--recheck", paramLabel = "N", description = "also simulate again the N cheapest cached "
            + "capacities the study reads and fail unless they are bit-identical to the cache (default 0)")
    int recheck;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (file == null) {
            List<Shipped> shipped = shipped(err);
            if (name == null) {
                stdout.println("shipped studies (coltrain study NAME):");
                for (Shipped s : shipped) stdout.printf(Locale.ROOT, "  %-22s %s%n", s.name(), s.file());
                stdout.flush();
                return ExitCodes.OK;
            }
            Optional<Shipped> found = shipped.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
            if (found.isEmpty()) {
                err.println("coltrain: no shipped study named '" + name + "'; available: "
                        + String.join(", ", shipped.stream().map(Shipped::name).toList()) + " (or give --file)");
                return ExitCodes.USAGE;
            }
            file = found.get().file();
            name = found.get().name();
        }
        Models.Found<Study> study = Models.load(file, Study.class, name, "--study", err);
        if (!study.ok()) return study.exitCode();
        if (noCache && cacheOnly) {
            err.println("coltrain: --no-cache and --cache-only exclude each other");
            return ExitCodes.USAGE;
        }
        if (recheck < 0) {
            err.println("coltrain: --recheck needs a count >= 0, got " + recheck);
            return ExitCodes.USAGE;
        }
        return run(study.element(), file, out, new StudyCache(noCache ? StudyCache.Use.NONE : cacheOnly ? StudyCache.Use.ONLY
                : StudyCache.Use.READ_WRITE, recheck), stdout, err);
    }

    /** Runs, writes and prints one study through the run pipeline: shared with {@code coltrain run FILE -e STUDY}. */
    static int run(Study study, File modelFile, File out, StudyCache cache, PrintWriter stdout, PrintWriter err) {
        return RunExecution.execute(new RunTarget(RunKinds.STUDY, study), RunOptions.DEFAULTS.with(StudyCache.class, cache), out,
                null, IssueFormat.path(modelFile), stdout, err);
    }

    record Shipped(String name, File file) {
    }

    /** Study names found by a text scan of examples/ (the model is loaded and validated only for the one run). */
    static List<Shipped> shipped(PrintWriter err) {
        Path examples = Path.of(System.getProperty("coltrain.home", "."), "examples");
        List<Shipped> out = new ArrayList<>();
        if (!Files.isDirectory(examples)) return out;
        try (Stream<Path> walk = Files.walk(examples)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".coltrain") && !f.toString().contains("invalid")).sorted().toList()) {
                Matcher m = STUDY.matcher(Files.readString(p));
                while (m.find()) out.add(new Shipped(m.group(1).replace("^", ""), p.toFile()));
            }
        } catch (IOException e) {
            err.println("coltrain: cannot read " + examples + ": " + e.getMessage());
        }
        return out;
    }
}
