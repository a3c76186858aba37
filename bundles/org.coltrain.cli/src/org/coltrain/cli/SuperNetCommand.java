package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.coltrain.bridge.ModelToSushi;
import org.coltrain.model.SuperNetServing;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.supernet.SushiComparison;
import org.coltrain.sim.supernet.SushiConfig;
import org.coltrain.sim.supernet.SushiModel;
import org.coltrain.sim.supernet.SushiReport;
import org.coltrain.sim.supernet.SushiResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * SuperNet serving (SUSHI). A separate command rather than {@code run}: {@code run} simulates an experiment's
 * services and training jobs into one results.json/xmi, while a SuperNet serving study compares four policies on one
 * query stream, so its output is a comparison table.
 */
@Command(name = "supernet", mixinStandardHelpOptions = true,
        description = "Validates the model and serves one 'serving' block's query stream with SubNets of its SuperNet "
                + "four ways: no weight cache, a static SubNet with its weights pinned, LRU caching, and SUSHI "
                + "(per-query SubNet selection with SubGraph Stationary caching); prints the comparison table.")
public final class SuperNetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-n", "--serving" }, paramLabel = "NAME", description = "serving block to run (default: the only one in FILE)")
    String servingName;

    @Option(names = { "-s", "--seed" }, paramLabel = "SEED", description = "random seed (default: the serving block's seed)")
    Long seed;

    @Option(names = { "-c", "--cache" }, paramLabel = "KIB", description = "weight cache capacity in KiB, overriding the model's")
    Long cacheKiB;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Models.Found<SuperNetServing> serving = Models.load(file, SuperNetServing.class, servingName, "--serving", err);
        if (!serving.ok()) return serving.exitCode();
        if (cacheKiB != null && cacheKiB < 0) {
            err.println("coltrain: --cache must be at least 0 KiB, was " + cacheKiB);
            return ExitCodes.USAGE;
        }
        SushiConfig config;
        try {
            config = ModelToSushi.config(serving.element(), seed);
        } catch (TraceParseException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        if (cacheKiB != null) config = config.withCacheCapacity(cacheKiB * 1024);
        SushiModel sushi = new SushiModel(config);
        List<SushiResult> results = SushiComparison.run(sushi, SushiComparison.standardPolicies(
                ModelToSushi.sushiPolicy(serving.element()), ModelToSushi.staticSubNet(serving.element())));
        SushiReport.print(sushi, results, stdout);
        return ExitCodes.OK;
    }
}
