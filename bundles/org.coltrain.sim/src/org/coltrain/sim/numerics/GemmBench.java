package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Gemms;

/**
 * Emulated GEMM throughput per encoding, 512 x 512 x 512 on one thread, against the plain FP32 Java GEMM and, when
 * python3 with numpy is installed, numpy's single-thread BLAS ({@link NumpyBaseline}): every kernel is warmed up,
 * then timed over several repetitions, reporting the best (least disturbed) thread CPU time, which other processes
 * on a shared machine disturb least, and the best wall time, as the numpy script does. Throughput (of CPU time)
 * counts 2 * m * n * k flops per multiply, quantization of the operands included. Prints, asserts nothing.
 *
 * <p>The kernels are plain Java loops laid out for C2's auto-vectorisation, not the Vector API: that API is an
 * incubator module, which would have to be added to the compiler, to Tycho's view of the JDK's packages, to every
 * OSGi launch (CLI, tests, IDE product, language server) and prints a warning at every start.
 */
public final class GemmBench {

    /** The size: 512 x 512 x 512. */
    public static final int SIZE = 512;
    private static final int WARMUP_RUNS = 20;
    private static final int TIMED_RUNS = 15;
    private static final long SEED = 512;
    /** The kernels measured, after fp32. */
    public static final List<String> ENCODINGS = List.of("bf16", "fp16", "fixed8-static", "int8-dynamic", "hbfp8",
            "hbfp8-sr", "hbfp6", "hbfp4");

    private GemmBench() {}

    /** One line of the table; {@code fractionOfNumpy} is NaN without the baseline. */
    public record Row(String kernel, double bestCpuMs, double gflops, double bestWallMs, double fractionOfFp32,
            double fractionOfNumpy) {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out);
        out.flush();
    }

    /** Runs the benchmark and prints a table to {@code out}. */
    public static void run(PrintWriter out) {
        out.printf("GEMM %d x %d x %d, one thread, %d warm-up + best of %d runs, JVM %s, %d processors%n", SIZE, SIZE,
                SIZE, WARMUP_RUNS, TIMED_RUNS, Runtime.version(), Runtime.getRuntime().availableProcessors());
        Optional<NumpyBaseline.Result> numpy = NumpyBaseline.measure(SIZE);
        List<Row> rows = measure(SIZE, numpy.map(NumpyBaseline.Result::gflops).orElse(Double.NaN));
        out.printf("%-14s %10s %10s %10s %9s %9s%n", "kernel", "cpu_ms", "GFLOP/s", "wall_ms", "vs_fp32", "vs_numpy");
        for (Row row : rows) {
            String vsNumpy = Double.isNaN(row.fractionOfNumpy()) ? "-" : String.format("%.0f%%", 100 * row.fractionOfNumpy());
            out.printf("%-14s %10.2f %10.2f %10.2f %8.0f%% %9s%n", row.kernel(), row.bestCpuMs(), row.gflops(),
                    row.bestWallMs(), 100 * row.fractionOfFp32(), vsNumpy);
        }
        if (numpy.isPresent()) {
            NumpyBaseline.Result r = numpy.get();
            out.printf("%-14s %10.2f %10.2f %10.2f   (single-thread BLAS baseline: %s, measured before the Java kernels)%n",
                    "numpy", r.bestCpuMs(), r.gflops(), r.bestWallMs(), r.library());
        } else {
            out.println("numpy: not measured (no python3 with numpy on the PATH; releng/scripts/numpy-gemm-baseline"
                    + " prints it where numpy is installed)");
        }
        out.flush();
    }

    /** Measures every kernel on random Gaussian n x n operands (fixed seed). */
    public static List<Row> measure(int n, double numpyGflops) {
        SplittableRandom data = new SplittableRandom(SEED);
        float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
        for (int i = 0; i < a.length; i++) a[i] = (float) data.nextGaussian();
        for (int i = 0; i < b.length; i++) b[i] = (float) data.nextGaussian();
        List<Gemm> kernels = new ArrayList<>();
        kernels.add(Gemms.of(Encodings.byName("fp32")));
        for (String name : ENCODINGS) kernels.add(Gemms.of(Encodings.byName(name)));
        double flops = 2.0 * n * n * n;
        List<Row> rows = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double fp32Ms = Double.NaN;
        for (Gemm kernel : kernels) {
            for (int r = 0; r < WARMUP_RUNS; r++) kernel.multiply(a, b, c, n, n, n, new SplittableRandom(r));
            double bestCpu = Double.MAX_VALUE, bestWall = Double.MAX_VALUE;
            for (int r = 0; r < TIMED_RUNS; r++) {
                long cpu = threads.getCurrentThreadCpuTime(), wall = System.nanoTime();
                kernel.multiply(a, b, c, n, n, n, new SplittableRandom(r));
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e6);
            }
            if (rows.isEmpty()) fp32Ms = bestCpu;
            double gflops = flops / bestCpu / 1e6;
            rows.add(new Row(kernel.name(), bestCpu, gflops, bestWall, fp32Ms / bestCpu, gflops / numpyGflops));
        }
        return rows;
    }
}
