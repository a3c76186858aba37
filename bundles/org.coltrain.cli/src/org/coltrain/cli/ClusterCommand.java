package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.ModelToCluster;
import org.coltrain.model.Cluster;
import org.coltrain.sim.cluster.ClusterConfig;
import org.coltrain.sim.cluster.ClusterCsv;
import org.coltrain.sim.cluster.ClusterSimulation;
import org.coltrain.sim.cluster.ClusterStudies;
import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.ClusterSummary;
import org.coltrain.sim.numerics.AccuracyRow;
import org.coltrain.sim.numerics.NumericsExperiments;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.RoleEncodings;
import org.coltrain.sim.serve.arrival.TraceParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Simulates a cluster. A command of its own rather than part of {@code run}: {@code run} turns one experiment into a
 * single-accelerator simulation class and results.json/xmi in the RunResult metamodel, while a fleet has its own
 * result (fleet tails, the data-parallel job, per-design utilisation) and its own studies (scaling, balancers).
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Validates the model and simulates one cluster: load-balanced inference over the fleet and a "
                + "data-parallel training job in its idle cycles. Prints a summary and writes series.csv (per time "
                + "bucket: completions, late requests, p99 per service, training samples/s, utilisation); with "
                + "--scaling also scaling.csv, with --policies also policies.csv.")
public final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .coltrain model")
    File file;

    @Option(names = { "-c", "--cluster" }, paramLabel = "NAME", description = "cluster to simulate (default: the only one in FILE)")
    String clusterName;

    @Option(names = { "-s", "--seed" }, paramLabel = "SEED", description = "random seed (default: the cluster's seed)")
    Long seed;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", description = "output folder (default: out/<cluster>/)")
    File out;

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
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Models.Found<Cluster> cluster = Models.load(file, Cluster.class, clusterName, "--cluster", err);
        if (!cluster.ok()) return cluster.exitCode();
        ClusterConfig config;
        try {
            config = new ModelToCluster().config(cluster.element(), seed).toBuilder().buckets(buckets).build();
        } catch (TraceParseException | PolicyException e) {
            err.println(e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        } catch (IllegalArgumentException e) {
            err.println(IssueFormat.path(file) + ": cluster " + cluster.element().getName() + ": " + e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        Path dir = (out != null ? out : new File("out", cluster.element().getName())).toPath();
        Files.createDirectories(dir);
        ClusterResult result = ClusterSimulation.run(config, ProgressBar.forTerminal(err));
        ClusterSummary.print(result, stdout);
        write(dir.resolve("series.csv"), w -> ClusterCsv.series(result, w));
        stdout.println("wrote " + dir.resolve("series.csv"));
        ClusterConfig study = studyDurationS == null ? config : config.toBuilder()
                .durationNs(Math.round(studyDurationS * 1e9)).warmupNs(Math.round(studyDurationS * 1e8)).build();
        try {
            if (scaling != null && !scaling.isEmpty()) {
                var points = ClusterStudies.scaling(study, scaling);
                write(dir.resolve("scaling.csv"), w -> ClusterCsv.scaling(points, w));
                for (var p : points)
                    stdout.printf(Locale.ROOT, "  scaling %5d accelerators: %10.0f samples/s, efficiency %.3f, communication %.1f%%%n",
                            p.accelerators(), p.samplesPerS(), p.scalingEfficiency(), 100 * p.communicationShare());
                stdout.println("wrote " + dir.resolve("scaling.csv"));
            }
            if (policies) {
                var points = ClusterStudies.policies(study, LoadBalancer.all(), loads);
                write(dir.resolve("policies.csv"), w -> ClusterCsv.policies(points, w));
                for (var p : points)
                    stdout.printf(Locale.ROOT, "  %-13s load x%.2f %-12s p99 %9.0f us (SLO %.0f us)%n", p.policy(),
                            p.loadFactor(), p.service(), p.p99Us(), p.sloUs());
                stdout.println("wrote " + dir.resolve("policies.csv"));
            }
            if (gradientEncodings != null && !gradientEncodings.isEmpty()) {
                List<org.coltrain.sim.spec.EncodingSpec> specs = new java.util.ArrayList<>();
                for (String name : gradientEncodings) specs.add(Encodings.specByName(name));
                var points = ClusterStudies.gradientEncodings(study, specs);
                write(dir.resolve("encodings.csv"), w -> ClusterCsv.gradientEncodings(points, w));
                for (var p : points)
                    stdout.printf(Locale.ROOT, "  gradients %-6s %7.1f MB  all-reduce %7.0f us  communication %.1f%%  %8.0f samples/s%n",
                            p.encoding(), p.gradientBytes() / 1e6, p.allReduceUs(), 100 * p.communicationShare(),
                            p.steadySamplesPerS());
                stdout.println("wrote " + dir.resolve("encodings.csv"));
                if (gradientAccuracy) {
                    AccuracyRow base = fp32Baseline();
                    for (var spec : specs) printGradientAccuracy(base, spec, stdout);
                }
            } else if (gradientAccuracy && config.job() != null) {
                printGradientAccuracy(fp32Baseline(), config.job().gradientEncoding(), stdout);
            }
        } catch (IllegalArgumentException e) {
            err.println(IssueFormat.path(file) + ": cluster " + cluster.element().getName() + ": " + e.getMessage());
            return ExitCodes.MODEL_ERRORS;
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * Test accuracy of the digits MLP with the encoding on the backward GEMMs' gradients (weights and activations in
     * FP32), against all-FP32. The harness quantises the backpropagated gradients, not the all-reduced weight
     * gradients: the closest measure it has of what a gradient encoding costs in accuracy.
     */
    private static void printGradientAccuracy(AccuracyRow base, org.coltrain.sim.spec.EncodingSpec spec, PrintWriter stdout) {
        var fp32 = Encodings.byName("fp32");
        var enc = Encodings.of(spec);
        AccuracyRow with = NumericsExperiments.train(new RoleEncodings(fp32, fp32, enc), ModelKind.MLP, base.epochs(),
                NumericsExperiments.DEFAULT_SEED);
        stdout.printf(Locale.ROOT, "  gradient accuracy (digits MLP, %d epochs, numerics harness): gradients in %-6s test %.2f%%"
                + " (fp32 %.2f%%), final training loss %.4f (fp32 %.4f)%n", base.epochs(), enc.name(),
                100 * with.testAccuracy(), 100 * base.testAccuracy(), with.finalTrainLoss(), base.finalTrainLoss());
        stdout.flush();
    }

    private static AccuracyRow fp32Baseline() {
        return NumericsExperiments.train(RoleEncodings.uniform(Encodings.byName("fp32")), ModelKind.MLP,
                NumericsExperiments.DEFAULT_EPOCHS_MLP, NumericsExperiments.DEFAULT_SEED);
    }

    private interface CsvWriter {
        void write(PrintWriter w);
    }

    private static void write(Path file, CsvWriter body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            body.write(w);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
