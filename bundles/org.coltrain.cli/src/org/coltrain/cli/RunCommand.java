package org.coltrain.cli;

import java.util.concurrent.Callable;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.run.InstanceFactory;
import org.coltrain.bridge.run.RunException;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.dsl.generator.GeneratedInstance;
import org.coltrain.dsl.generator.InstanceCompiler;
import org.coltrain.model.Model;
import org.coltrain.sim.serve.arrival.TraceParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the model and runs one runnable element: an experiment (its generated and compiled "
                + "simulation class), an experiment's sweep (--sweep), a mapping, a SuperNet serving block, a cluster or "
                + "a study. "
                + "Writes results.json, results.xmi, the element's CSV tables, svg/*.svg and report.html into the output "
                + "folder, which is replaced as a whole once everything is written; prints a summary.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Mixin
    SharedOptions.ElementName element;

    @Mixin
    SharedOptions.Seed seed;

    @Mixin
    SharedOptions.OutputFolder output;

    @Mixin
    SharedOptions.Jobs jobs;

    @Mixin
    SharedOptions.Engine engine;

    @Mixin
    SharedOptions.Parquet parquet;

    @Mixin
    SharedOptions.Diagrams diagrams;

    @Option(names = "--sweep", description = "run the experiment's 'sweep' entries (every combination, in parallel) instead of "
            + "the experiment itself; the same as coltrain sweep")
    boolean sweep;

    @Option(names = "--interpret", description = "run an experiment through the bridge instead of generating, compiling "
            + "and running its simulation class (same results.json)")
    boolean interpret;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (jobs.jobs != null && jobs.jobs < 1) {
            err.println("coltrain: --jobs must be at least 1, was " + jobs.jobs);
            return ExitCodes.USAGE;
        }
        Models.Found<Model> loaded = Models.loadModel(model.file, err);
        if (!loaded.ok()) return loaded.exitCode();
        RunKinds.Lookup lookup = RunKinds.find(loaded.element(), element.name, sweep, "choose one with -e NAME");
        if (lookup.problem() != null) {
            err.println("coltrain: " + lookup.problem());
            return ExitCodes.USAGE;
        }
        String modelLabel = IssueFormat.path(model.file);
        RunOptions options = RunOptions.DEFAULTS.withSeed(seed.seed)
                .with(InstanceFactory.class, interpret ? InstanceFactory.INTERPRETED : generated(modelLabel));
        if (jobs.jobs != null) options = options.withJobs(jobs.jobs);
        var withFormat = TableChoice.with(options, parquet, lookup.target(), err);
        if (withFormat.isEmpty()) return ExitCodes.USAGE;
        options = withFormat.get();
        var pointEngine = EngineChoice.engine(engine, options.jobs(), err);
        if (pointEngine.isEmpty()) return ExitCodes.USAGE;
        options = EngineChoice.with(options, pointEngine.get());
        try {
            return RunExecution.execute(lookup.target(), options, output.out, diagrams.folder, modelLabel, out, err);
        } finally {
            EngineChoice.close(pointEngine.get());
        }
    }

    /** The experiment's simulation class, generated and compiled in memory (the default of coltrain run). */
    static InstanceFactory generated(String modelLabel) {
        return experiment -> {
            try {
                return GeneratedInstance.of(experiment, modelLabel);
            } catch (TraceParseException | PolicyException e) {
                throw RunException.located(e.getMessage(), e);
            } catch (InstanceCompiler.NoCompilerException e) {
                throw RunException.usage(e.getMessage(), e);
            } catch (java.io.IOException e) {
                throw RunException.model("cannot read a file experiment " + experiment.getName() + " names: " + e.getMessage(), e);
            }
        };
    }
}
