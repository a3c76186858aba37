package org.coltrain.sim.array;

import java.io.PrintWriter;
import java.util.Arrays;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Benchmark (prints figures, asserts nothing): the full ResNet-50 timing table, every layer for the three
 * dataflows at batch 1..64, on the reference 128 x 128 accelerator. Reports milliseconds per full table after
 * warm-up (minimum and median of the measured rounds). Target: under 50 ms on one core.
 */
public final class TimingBench {

    private static final int MAX_BATCH = 64;
    private static final int WARMUP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 30;

    private TimingBench() {
    }

    public static void main(String[] args) {
        run(new PrintWriter(System.out, true));
    }

    public static void run(PrintWriter out) {
        NetworkSpec net = ReferenceNetworks.resnet50();
        AcceleratorSpec base = ReferenceAccelerators.costReference(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST));
        AcceleratorSpec[] accs = new AcceleratorSpec[Dataflow.values().length];
        for (Dataflow df : Dataflow.values()) accs[df.ordinal()] = ReferenceAccelerators.reshape(base, 1, 128, 128, df);
        long checksum = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) checksum += table(accs, net);
        double[] ms = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            checksum += table(accs, net);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        int rows = net.layers().size() * accs.length * MAX_BATCH;
        out.printf("TimingBench: resnet50, %d layers x %d dataflows x batch 1..%d = %d layer timings per table%n",
                net.layers().size(), accs.length, MAX_BATCH, rows);
        out.printf("ms per full table: min %.2f, median %.2f (%d rounds after %d warm-up; checksum %d)%n", ms[0],
                ms[ms.length / 2], MEASURED_ROUNDS, WARMUP_ROUNDS, checksum);
        out.flush();
    }

    /** One full table; returns the summed cycles so the work cannot be optimised away. */
    private static long table(AcceleratorSpec[] accs, NetworkSpec net) {
        long cycles = 0;
        for (AcceleratorSpec acc : accs)
            for (int b = 1; b <= MAX_BATCH; b++) cycles += NetworkTiming.of(acc, net, b).totalCycles();
        return cycles;
    }
}
