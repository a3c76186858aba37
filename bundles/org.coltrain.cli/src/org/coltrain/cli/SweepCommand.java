package org.coltrain.cli;

import java.util.concurrent.Callable;

import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.Experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coltrain run --sweep} under its own name. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs every point of an experiment's 'sweep' entries (all combinations of their values) in parallel "
                + "and writes sweep.csv (one row per point: the swept values, then the metrics of results.json), results.json "
                + "and results.xmi (the SweepResult), pareto.svg (latency vs throughput, non-dominated points joined), "
                + "svg/*.svg and report.html. The rows do not depend on --jobs: every point uses the experiment's seed. "
                + "The same as coltrain run --sweep.")
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Mixin
    SharedOptions.ExperimentName experiment;

    @Mixin
    SharedOptions.Seed seed;

    @Mixin
    SharedOptions.Jobs jobs;

    @Mixin
    SharedOptions.Engine engine;

    @Mixin
    SharedOptions.Parquet parquet;

    @Mixin
    SharedOptions.OutputFolder output;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (jobs.jobs != null && jobs.jobs < 1) {
            err.println("coltrain: --jobs must be at least 1, was " + jobs.jobs);
            return ExitCodes.USAGE;
        }
        Models.Found<Experiment> found = Models.load(model.file, Experiment.class, experiment.name, "--experiment", err);
        if (!found.ok()) return found.exitCode();
        RunOptions options = RunOptions.DEFAULTS.withSeed(seed.seed);
        if (jobs.jobs != null) options = options.withJobs(jobs.jobs);
        RunTarget target = new RunTarget(RunKinds.SWEEP, found.element());
        var withFormat = TableChoice.with(options, parquet, target, err);
        if (withFormat.isEmpty()) return ExitCodes.USAGE;
        options = withFormat.get();
        var pointEngine = EngineChoice.engine(engine, options.jobs(), err);
        if (pointEngine.isEmpty()) return ExitCodes.USAGE;
        options = EngineChoice.with(options, pointEngine.get());
        try {
            return RunExecution.execute(target, options, output.out, null,
                    IssueFormat.path(model.file), out, err);
        } finally {
            EngineChoice.close(pointEngine.get());
        }
    }
}

