package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.study.StudyOutcome;
import org.coltrain.bridge.study.StudyOutputs;
import org.coltrain.bridge.study.StudyRunner;
import org.coltrain.model.Study;
import org.coltrain.report.StudyReport;
import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.study.CapacityMemo;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.StudyTable;

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
    public Integer call() throws IOException {
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
        return run(study.element(), file, out, noCache ? CacheUse.NONE : cacheOnly ? CacheUse.ONLY : CacheUse.READ_WRITE,
                recheck, stdout, err);
    }

    /** How a run uses the study's result cache file. */
    enum CacheUse { READ_WRITE, NONE, ONLY }

    /** Runs, writes and prints one study: shared with {@code coltrain run FILE -e STUDY}. */
    static int run(Study study, File modelFile, File out, CacheUse use, int recheck, PrintWriter stdout,
            PrintWriter err) throws IOException {
        ResultCache cache = use == CacheUse.NONE ? ResultCache.inMemory()
                : ResultCache.at(StudyRunner.defaultCache(modelFile.toPath(), study));
        String regenerate = "'coltrain study " + study.getName() + " -f " + IssueFormat.path(modelFile)
                + "' (a shipped study: releng/scripts/update-study-goldens " + study.getName() + ")";
        if (use == CacheUse.ONLY) cache.requireHits(regenerate);
        List<String> rechecks = CapacityMemo.cheapestCapacities(cache, recheck);
        cache.recheck(rechecks);
        StudyOutcome outcome;
        try {
            outcome = StudyRunner.run(study, cache);
        } catch (TraceParseException | PolicyException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        } catch (IllegalStateException e) {
            err.println("coltrain: study " + study.getName() + ": " + e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        List<ResultCache.Recheck> differ = cache.rechecked().stream().filter(r -> !r.equal()).toList();
        if (!rechecks.isEmpty()) {
            for (ResultCache.Recheck r : differ)
                err.println("coltrain: cached " + r.description() + ": " + Arrays.toString(r.cached())
                        + ", simulated again: " + Arrays.toString(r.computed()));
            if (!differ.isEmpty()) {
                err.println("coltrain: the result cache " + cache.file() + " no longer holds what the simulator "
                        + "computes; regenerate it with " + regenerate);
                return ExitCodes.MODEL_ERRORS;
            }
            if (cache.rechecked().size() < rechecks.size()) {
                err.println("coltrain: the study read only " + cache.rechecked().size() + " of the " + rechecks.size()
                        + " cached capacities chosen for the recheck; the cache holds entries the study no longer "
                        + "uses: regenerate it with " + regenerate);
                return ExitCodes.MODEL_ERRORS;
            }
            stdout.println("rechecked " + rechecks.size() + " cached capacities: bit-identical to a new simulation");
        }
        Path dir = (out != null ? out : new File("out", study.getName())).toPath();
        StudyOutputs.write(dir, IssueFormat.path(modelFile), outcome);
        Path report = StudyReport.write(dir, outcome);
        print(outcome, stdout);
        stdout.println("wrote " + dir.resolve("claims.csv") + ", " + outcome.tables().size() + " tables, results.xmi and "
                + report);
        stdout.flush();
        return ExitCodes.OK;
    }

    static void print(StudyOutcome outcome, PrintWriter out) {
        out.printf(Locale.ROOT, "study %s (%s)%n", outcome.study(), outcome.kind());
        for (String n : outcome.notes()) out.println("  " + n);
        out.println();
        if (!outcome.tables().isEmpty()) printTable(outcome.tables().get(0), out);
        out.println();
        out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %-14s %s%n", "claim", "published", "ours", "tolerance", "verdict",
                "source");
        for (ClaimCheck c : outcome.claims())
            out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %-14s %s%n", c.claim().name(),
                    ClaimsCsv.number(c.claim().published()), ClaimsCsv.number(c.ours()),
                    ClaimsCsv.number(c.claim().tolerance()), c.verdict().label(), c.claim().source());
    }

    private static void printTable(StudyTable t, PrintWriter out) {
        out.println("  " + t.title());
        int[] width = new int[t.columns().size()];
        for (int i = 0; i < width.length; i++) width[i] = t.columns().get(i).length();
        for (List<String> r : t.rows()) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        List<List<String>> all = new ArrayList<>();
        all.add(t.columns());
        all.addAll(t.rows());
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < width.length; i++)
                line.append(i == 0 ? String.format("%-" + width[i] + "s", r.get(i)) : String.format(" %" + width[i] + "s", r.get(i)));
            out.println(line);
        }
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

    /** True when the file declares a study of this name (a text scan; {@code coltrain run FILE -e NAME}). */
    static boolean declares(File modelFile, String studyName) {
        try {
            Matcher m = STUDY.matcher(Files.readString(modelFile.toPath()));
            while (m.find()) if (m.group(1).replace("^", "").equals(studyName)) return true;
        } catch (IOException e) {
            return false; // reported by the ordinary loading path
        }
        return false;
    }
}
