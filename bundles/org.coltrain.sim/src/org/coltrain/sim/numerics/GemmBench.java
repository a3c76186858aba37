package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.gemm.Fp32Gemm;
import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Gemms;

/**
 * Emulated GEMM throughput per encoding against the plain FP32 Java GEMM, 512 x 512 x 512, in one JVM run:
 * every kernel is warmed up, then timed over several repetitions, reporting the best (least disturbed) time.
 * Throughput counts 2 * m * n * k flops per multiply, quantization of the operands included. Prints, asserts
 * nothing: the target is HBFP8 at >= 30% of FP32.
 */
public final class GemmBench {

    /** The size: 512 x 512 x 512. */
    public static final int SIZE = 512;
    private static final int WARMUP_RUNS = 5;
    private static final int TIMED_RUNS = 7;
    private static final long SEED = 512;

    private GemmBench() {}

    /** One line of the table. */
    public record Row(String kernel, double bestMs, double gflops, double fractionOfFp32) {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out);
        out.flush();
    }

    /** Runs the benchmark and prints a table to {@code out}. */
    public static void run(PrintWriter out) {
        out.printf("GEMM %d x %d x %d, %d warm-up + best of %d runs, JVM %s%n", SIZE, SIZE, SIZE, WARMUP_RUNS,
                TIMED_RUNS, Runtime.version());
        out.printf("%-8s %10s %10s %10s%n", "kernel", "best_ms", "GFLOP/s", "vs_fp32");
        for (Row row : measure(SIZE)) {
            out.printf("%-8s %10.2f %10.2f %9.0f%%%n", row.kernel(), row.bestMs(), row.gflops(),
                    100 * row.fractionOfFp32());
        }
        out.flush();
    }

    /** Measures every kernel on random Gaussian n x n operands (fixed seed). */
    public static List<Row> measure(int n) {
        SplittableRandom data = new SplittableRandom(SEED);
        float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
        for (int i = 0; i < a.length; i++) a[i] = (float) data.nextGaussian();
        for (int i = 0; i < b.length; i++) b[i] = (float) data.nextGaussian();
        List<Gemm> kernels = new ArrayList<>();
        kernels.add(new Fp32Gemm());
        for (String name : List.of("bf16", "fp16", "fixed8", "hbfp8", "hbfp6", "hbfp4"))
            kernels.add(Gemms.of(Encodings.byName(name)));
        double flops = 2.0 * n * n * n;
        List<Row> rows = new ArrayList<>();
        double fp32Ms = Double.NaN;
        for (Gemm kernel : kernels) {
            for (int r = 0; r < WARMUP_RUNS; r++) kernel.multiply(a, b, c, n, n, n, new SplittableRandom(r));
            double best = Double.MAX_VALUE;
            for (int r = 0; r < TIMED_RUNS; r++) {
                long start = System.nanoTime();
                kernel.multiply(a, b, c, n, n, n, new SplittableRandom(r));
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
            if (rows.isEmpty()) fp32Ms = best;
            rows.add(new Row(kernel.name(), best, flops / best / 1e6, fp32Ms / best));
        }
        return rows;
    }
}
