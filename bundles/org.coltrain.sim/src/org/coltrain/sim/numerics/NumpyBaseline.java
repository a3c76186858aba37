package org.coltrain.sim.numerics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * numpy's single-thread FP32 GEMM (its BLAS, with every BLAS thread count set to 1), measured by the script
 * {@code numpy_gemm_baseline.py} next to this class with the benchmark's protocol; also runnable by hand as
 * {@code releng/scripts/numpy-gemm-baseline}. Empty when no {@code python3} with numpy is on the PATH.
 */
public final class NumpyBaseline {

    static final String SCRIPT = "numpy_gemm_baseline.py";
    private static final long TIMEOUT_S = 120;

    /** One measurement: the matrix size, the best thread CPU time, its throughput, the best wall time, the BLAS. */
    public record Result(int size, double bestCpuMs, double gflops, double bestWallMs, String library) {}

    private NumpyBaseline() {}

    public static Optional<Result> measure(int size) {
        try (InputStream script = NumpyBaseline.class.getResourceAsStream(SCRIPT)) {
            if (script == null) return Optional.empty();
            ProcessBuilder pb = new ProcessBuilder("python3", "-", Integer.toString(size)).redirectErrorStream(false);
            for (String v : new String[] {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"})
                pb.environment().put(v, "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                script.transferTo(in);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String[] f = out.split("\\s+");
            if (f.length != 5) return Optional.empty();
            return Optional.of(new Result(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), f[4]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
