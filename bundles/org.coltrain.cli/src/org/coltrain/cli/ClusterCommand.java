package org.coltrain.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.coltrain.bridge.run.FleetStudyOptions;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.Cluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coltrain run} on a cluster, with the fleet studies as options (the studies run in the bridge). */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Validates the model and simulates one cluster: load-balanced inference over the fleet and a "
                + "data-parallel training job in its idle cycles. Prints a summary and writes results.json, results.xmi "
                + "(the FleetResult), series.csv (per time bucket: completions, late requests, p99 per service, training "
                + "samples/s, utilisation), svg/*.svg and report.html; with --scaling also scaling.csv, with --policies "
                + "also policies.csv, with --gradient-encodings also encodings.csv. Without studies the same as coltrain run "
                + "on the cluster.")
public final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions.ModelFile model;

    @Option(names = { "-c", "--cluster" }, paramLabel = "NAME", description = "cluster to simulate (default: the only one in FILE)")
    String clusterName;

    @Mixin
    SharedOptions.Seed seed;

    @Mixin
    SharedOptions.OutputFolder output;

    @Mixin
    SharedOptions.Diagrams diagrams;

    @Option(names = "--scaling", split = ",", paramLabel = "N", description = "also run the training scaling study over "
            + "these fleet sizes (the first design replicated, the job on all, load per accelerator kept), e.g. 1,2,4,8")
    List<Integer> scaling;

    @Option(names = "--policies", description = "also run every load balancer at every --loads factor (tail latency vs load)")
    boolean policies;

    @Option(names = "--loads", split = ",", paramLabel = "F", defaultValue = "0.5,0.75,1.0,1.25",
            description = "load factors for --policies, multiplying every service's rate (default: ${DEFAULT-VALUE})")
    List<Double> loads;

    @Option(names = "--gradient-encodings", split = ",", paramLabel = "ENC",
            description = "also run the cluster once per gradient encoding (fp32, bf16, fp16, hbfp<bits>), e.g. fp32,bf16,hbfp8")
    List<String> gradientEncodings;

    @Option(names = "--study-duration", paramLabel = "SECONDS",
            description = "simulated seconds of each study run (default: the cluster's duration); a tenth is warm-up")
    Double studyDurationS;

    @Option(names = "--buckets", paramLabel = "N", defaultValue = "60",
            description = "time buckets of series.csv over the measured window (default: ${DEFAULT-VALUE})")
    int buckets;

    @Option(names = "--gradient-accuracy", description = "also train the digits MLP with the job's gradient encoding on "
            + "the backward GEMMs' gradients (the numerics harness) and with FP32, and print both test accuracies")
    boolean gradientAccuracy;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        FleetStudyOptions studies;
        try {
            studies = new FleetStudyOptions(buckets, scaling == null ? List.of() : scaling, policies, loads,
                    gradientEncodings == null ? List.of() : gradientEncodings, studyDurationS, gradientAccuracy);
        } catch (IllegalArgumentException e) {
            err.println("coltrain: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Models.Found<Cluster> cluster = Models.load(model.file, Cluster.class, clusterName, "--cluster", err);
        if (!cluster.ok()) return cluster.exitCode();
        RunOptions options = RunOptions.DEFAULTS.withSeed(seed.seed).with(FleetStudyOptions.class, studies);
        return RunExecution.execute(new RunTarget(RunKinds.CLUSTER, cluster.element()), options, output.out, diagrams.folder,
                IssueFormat.path(model.file), out, err);
    }
}
