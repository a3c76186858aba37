package org.coltrain.cli;

import java.util.concurrent.Callable;

import org.coltrain.bridge.run.CacheOverride;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.SuperNetServing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coltrain run} on a SuperNet serving block, with the cache size as an option. */
@Command(name = "supernet", mixinStandardHelpOptions = true,
        description = "Validates the model and serves one 'serving' block's query stream with SubNets of its SuperNet "
                + "four ways: no weight cache, a static SubNet with its weights pinned, LRU caching, and SUSHI "
                + "(per-query SubNet selection with SubGraph Stationary caching); prints the comparison table and writes "
                + "results.json, results.xmi, policies.csv, subnets.csv, queries.csv, svg/*.svg and report.html. The same "
                + "as coltrain run on the serving block.")
public final class SuperNetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Option(names = { "-n", "--serving" }, paramLabel = "NAME", description = "serving block to run (default: the only one in FILE)")
    String servingName;

    @Mixin
    SharedOptions.Seed seed;

    @Option(names = { "-c", "--cache" }, paramLabel = "KIB", description = "weight cache capacity in KiB, overriding the model's")
    Long cacheKiB;

    @Mixin
    SharedOptions.OutputFolder output;

    @Mixin
    SharedOptions.Diagrams diagrams;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (cacheKiB != null && cacheKiB < 0) {
            err.println("coltrain: --cache must be at least 0 KiB, was " + cacheKiB);
            return ExitCodes.USAGE;
        }
        Models.Found<SuperNetServing> serving = Models.load(model.file, SuperNetServing.class, servingName, "--serving", err);
        if (!serving.ok()) return serving.exitCode();
        RunOptions options = RunOptions.DEFAULTS.withSeed(seed.seed);
        if (cacheKiB != null) options = options.with(CacheOverride.class, new CacheOverride(cacheKiB * 1024));
        return RunExecution.execute(new RunTarget(RunKinds.SERVING, serving.element()), options, output.out, diagrams.folder,
                IssueFormat.path(model.file), out, err);
    }
}
