package org.coltrain.cli;

import java.util.concurrent.Callable;

import org.coltrain.sim.array.TimingBench;
import org.coltrain.sim.cluster.ClusterBench;
import org.coltrain.sim.exec.PointsBench;
import org.coltrain.sim.numerics.GemmBench;
import org.coltrain.sim.numerics.TrainingBench;
import org.coltrain.sim.serve.ServeBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Speed figures of the simulator core, measured after warm-up and printed (never asserted in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: timing (ResNet-50 x 3 dataflows x batch 1..64), serve (events/s, one simulated hour "
                + "at 10k requests/s), gemm (emulated GEMM per encoding vs FP32 and numpy's single-thread BLAS, 512^3), "
                + "train (seconds per training epoch of the numerics harness on the digits), report (drawing the report of "
                + "examples/equinox EquinoxCoLocated: diagrams, plots, report.html), cluster (one simulated minute of "
                + "1,024 accelerators at half load with data-parallel training), validate (loading and checking a "
                + "generated 2,000-line model in one JVM), points (design points per hour, analytical and serving, in-process on 1 "
                + "and 2 threads and, with --engine spark, on Spark local[1] and local[2]).")
public final class BenchCommand implements Callable<Integer> {

    enum Which { timing, serve, gemm, train, report, cluster, validate, points, all }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", defaultValue = "all", description = "timing, serve, gemm, train, report, cluster, validate, points or all (default)")
    Which which;

    @Option(names = "--engine", paramLabel = "NAME", description = "also measure this engine in the points benchmark "
            + "(spark: ./coltrain then puts it on the class path)")
    String engine;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (which == Which.timing || which == Which.all) TimingBench.run(out);
        if (which == Which.gemm || which == Which.all) GemmBench.run(out);
        if (which == Which.train || which == Which.all) TrainingBench.run(out);
        if (which == Which.serve || which == Which.all) ServeBench.run(out);
        if (which == Which.report || which == Which.all) {
            Integer code = ReportBenchInput.run(out, spec.commandLine().getErr());
            if (code != ExitCodes.OK) return code;
        }
        if (which == Which.cluster || which == Which.all) ClusterBench.run(out);
        if (which == Which.validate || which == Which.all) {
            Integer code = ValidationBench.run(out, spec.commandLine().getErr());
            if (code != ExitCodes.OK) return code;
        }
        if (which == Which.points || which == Which.all) PointsBench.run(out, engine == null ? java.util.List.of() : java.util.List.of(engine));
        out.flush();
        return ExitCodes.OK;
    }
}
