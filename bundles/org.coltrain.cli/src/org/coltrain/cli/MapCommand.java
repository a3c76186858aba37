package org.coltrain.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coltrain.bridge.run.MappingOverrides;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.ChannelMapping;
import org.coltrain.sim.mapping.Objective;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code coltrain run} on a mapping, with the objective and budget as options. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Splits each layer's output channels between the two arrays of a soc (ODiMO): the best split for "
                + "energy or latency under an accuracy-drop budget, against the single-array mappings; writes "
                + "results.json and results.xmi (every mapping layer by layer), mapping.csv, pareto.csv, svg/*.svg and "
                + "report.html into the output folder. The same as coltrain run on the mapping.")
public final class MapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Option(names = { "-m", "--mapping" }, paramLabel = "NAME", description = "mapping (default: the only one)")
    String mappingName;

    @Option(names = "--objective", paramLabel = "energy|latency", description = "what to minimise (default: the mapping's objective)")
    String objective;

    @Option(names = "--budget", paramLabel = "X", description = "largest accuracy-drop proxy, 0 (most accurate mapping) "
            + "to 1 (least accurate), or a percentage such as 25%% (default: the mapping's budget)")
    String budget;

    @Mixin
    SharedOptions.OutputFolder output;

    @Mixin
    SharedOptions.Diagrams diagrams;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Objective objectiveOverride = null;
        Double budgetOverride = null;
        try {
            if (objective != null) objectiveOverride = Objective.parse(objective);
            if (budget != null) budgetOverride = parseBudget(budget);
        } catch (IllegalArgumentException e) {
            err.println("coltrain: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Models.Found<ChannelMapping> mapping = Models.load(model.file, ChannelMapping.class, mappingName, "--mapping", err);
        if (!mapping.ok()) return mapping.exitCode();
        RunOptions options = RunOptions.DEFAULTS.with(MappingOverrides.class, new MappingOverrides(objectiveOverride, budgetOverride));
        return RunExecution.execute(new RunTarget(RunKinds.MAPPING, mapping.element()), options, output.out, diagrams.folder,
                IssueFormat.path(model.file), stdout, err);
    }

    /** '0.25', '25%' or '25 %'. */
    static double parseBudget(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        if (percent) t = t.substring(0, t.length() - 1).trim();
        double value;
        try {
            value = Double.parseDouble(t) / (percent ? 100 : 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--budget takes a number from 0 to 1 or a percentage such as 25%, not '" + text + "'");
        }
        if (!(value >= 0 && value <= 1))
            throw new IllegalArgumentException("--budget must lie between 0 and 1 (0% and 100%), not '" + text + "'");
        return value;
    }
}
