package org.coltrain.sim.cluster;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coltrain.sim.cluster.balance.PowerOfTwoChoices;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * Speed of the fleet simulator, printed, never asserted: one simulated minute of a
 * 1,024-accelerator fleet at about half load, with one data-parallel job over every accelerator, on one thread.
 *
 * <p>The scenario is synthetic but sized like a ResNet-50 deployment: a batch of b takes 0.4 ms + 0.1 ms b
 * (batches up to 16, SLO 5 ms at p99), 1,000 requests/s per accelerator routed by power-of-two choices, so
 * batches of about 3 keep the accelerators about half busy; training steps of 32 samples in 160 segments of
 * 0.5 ms, 25.6 M FP32 gradients all-reduced over a 2D torus of 100 GB/s, 1 us links.
 */
public final class ClusterBench {

    static final int ACCELERATORS = 1024;
    static final long MINUTE_NS = 60_000_000_000L;
    static final int MAX_BATCH = 16;
    static final long FIXED_NS = 400_000;
    static final long PER_SAMPLE_NS = 100_000;
    static final double RATE_PER_ACCELERATOR_PER_S = 1_000;
    static final long SLO_NS = 5_000_000;
    static final int SEGMENTS = 160;
    static final long SEGMENT_NS = 500_000;
    static final long PARAMETERS = 25_600_000;

    private ClusterBench() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out, ACCELERATORS, MINUTE_NS);
    }

    /** The issue-11 figure: 1,024 accelerators, one simulated minute. */
    public static void run(PrintWriter out) { run(out, ACCELERATORS, MINUTE_NS); }

    public static void run(PrintWriter out, int accelerators, long durationNs) {
        out.println("ColTraIn fleet-simulator benchmark (single thread, figures are measured, not asserted)");
        // JIT warm-up on a short run of the same scenario.
        ClusterSimulation.run(scenario(accelerators, Math.max(durationNs / 60, 100_000_000L)));
        // Thread CPU time as well as wall time: on a shared machine the wall time also counts other processes.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ClusterResult r = ClusterSimulation.run(scenario(accelerators, durationNs));
        double wallS = (System.nanoTime() - t0) / 1e9;
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        ServiceResult s = r.services().get(0);
        FleetTrainingResult t = r.training();
        out.printf(Locale.ROOT, "%d accelerators, %.0f s simulated at %.0f req/s each (power-of-two, adaptive batching,"
                + " data-parallel training): wall %.1f s (thread CPU %.1f s), %d events, %.2f M events/s of CPU%n",
                accelerators, durationNs / 1e9, RATE_PER_ACCELERATOR_PER_S, wallS, cpuS, r.events(), r.events() / cpuS / 1e6);
        out.printf(Locale.ROOT, "  requests %d, fleet p99 %.0f us (SLO %.0f us), mean batch %.2f, inference utilization"
                + " %.3f, training %.0f samples/s (%.1f%% of dedicated), all-reduce %.0f us, communication %.1f%%%n",
                s.completed(), s.p99Us(), s.sloUs(), s.meanBatch(), r.designs().get(0).inferenceUtilization(),
                t.samplesPerS(), 100 * t.fractionOfDedicated(), t.allReduceUs(), 100 * t.communicationShare());
    }

    static ClusterConfig scenario(int accelerators, long durationNs) {
        long[] latency = new long[MAX_BATCH];
        double[] energy = new double[MAX_BATCH];
        for (int b = 1; b <= MAX_BATCH; b++) latency[b - 1] = FIXED_NS + PER_SAMPLE_NS * b;
        long[] segments = new long[SEGMENTS];
        Arrays.fill(segments, SEGMENT_NS);
        AcceleratorDesign design = new AcceleratorDesign("bench-acc", accelerators,
                List.of(new LatencyTable("bench-net", "bench-acc", latency, energy)),
                new TrainingProfile("train", "bench-acc", 32, segments, 1e9), 10_000);
        return ClusterConfig.builder().experiment("bench-cluster").design(design)
                .service(new FleetService("svc", new PoissonArrivals(RATE_PER_ACCELERATOR_PER_S * accelerators), 99.0,
                        SLO_NS, MAX_BATCH, 1, new PowerOfTwoChoices()))
                .interconnect(new InterconnectSpec(Topology.TORUS_2D, 100e9, 1_000))
                .job(new DataParallelJob("train", PARAMETERS, EncodingSpec.fp32(), new RingAllReduce(), accelerators, 0))
                .durationNs(durationNs).warmupNs(durationNs / 60).seed(1).build();
    }
}
