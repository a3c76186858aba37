package org.coltrain.sim.serve;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.engine.Event;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * Speed of the serving simulator, printed, never asserted: (1) the raw event queue (push + pop pairs per second),
 * (2) the whole simulation's events per second and the wall time of one simulated hour at 10k requests/s
 * (Poisson, adaptive batching, one training job filling idle cycles). Targets: at least 10 M events/s
 * on one core, the hour in under 30 s. Single-threaded; wall times from {@link System#nanoTime()}.
 */
public final class ServeBench {

    /** The benchmark scenario's service: 150 us fixed + 10 us per sample, batches up to 32 (about 1.6 kW-scale not modelled). */
    static final long FIXED_NS = 150_000;
    static final long PER_SAMPLE_NS = 10_000;
    static final int MAX_BATCH = 32;
    static final long SLO_NS = 500_000;
    static final double RATE_PER_S = 10_000;
    /** Training step: 50 layer segments of 40 us (2 ms per step of 64 samples); 2 us context switch. */
    static final int SEGMENTS = 50;
    static final long SEGMENT_NS = 40_000;
    static final long PREEMPTION_NS = 2_000;

    private ServeBench() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out);
        out.flush();
    }

    public static void run(PrintWriter out) {
        out.println("ColTraIn serving-simulator benchmark (single thread, figures are measured, not asserted)");
        queueBench(out);
        // JIT warm-up on a short run of the same scenario, then the measured simulated hour.
        ServingSimulation.run(scenario(20_000_000_000L));
        long t0 = System.nanoTime();
        SimulationResult r = ServingSimulation.run(scenario(3_600_000_000_000L));
        double wallS = (System.nanoTime() - t0) / 1e9;
        ServiceResult s = r.services().get(0);
        out.printf(Locale.ROOT, "simulated hour at %.0f req/s (adaptive batching + training): wall %.2f s, %d events, "
                + "%.2f M events/s%n", RATE_PER_S, wallS, r.events(), r.events() / wallS / 1e6);
        out.printf(Locale.ROOT, "  requests %d, p99 %.1f us (SLO %.0f us), mean batch %.2f, utilization %.3f, "
                + "training %.1f%% of dedicated%n", s.completed(), s.p99Us(), s.sloUs(), s.meanBatch(), r.utilization(),
                100 * r.training().get(0).fractionOfDedicated());
    }

    static ServingConfig scenario(long durationNs) {
        return scenario(durationNs, 1);
    }

    /** The benchmark scenario for {@code durationNs} of simulated time, its arrivals drawn from {@code seed}. */
    public static ServingConfig scenario(long durationNs, long seed) {
        long[] latency = new long[MAX_BATCH];
        double[] energy = new double[MAX_BATCH];
        for (int b = 1; b <= MAX_BATCH; b++) {
            latency[b - 1] = FIXED_NS + PER_SAMPLE_NS * b;
            energy[b - 1] = 1e6 * b;
        }
        long[] segments = new long[SEGMENTS];
        Arrays.fill(segments, SEGMENT_NS);
        return ServingConfig.builder().experiment("bench")
                .service(new ServiceSpec("svc", new LatencyTable("bench-net", "bench-acc", latency, energy),
                        new PoissonArrivals(RATE_PER_S), 99.0, SLO_NS, MAX_BATCH, 1))
                .trainingJob(new TrainingJobSpec("train", new TrainingProfile("train", "bench-acc", 64, segments, 1e9), 0))
                .scheduler(new AdaptiveBatching()).preemptionCostNs(PREEMPTION_NS)
                .durationNs(durationNs).warmupNs(durationNs / 100).seed(seed).build();
    }

    /** Hold-model benchmark: a queue of 64 pending events, each pop followed by a push a random time later. */
    private static void queueBench(PrintWriter out) {
        EventQueue q = new EventQueue();
        SplittableRandom rng = new SplittableRandom(1);
        Event[] sources = new Event[64];
        for (int i = 0; i < 64; i++) q.push(rng.nextLong(1_000_000), sources[i] = new Event.WorkDone(i, 0));
        long ops = 20_000_000;
        long sink = 0;
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT
            long t0 = System.nanoTime();
            for (long i = 0; i < ops; i++) {
                Event e = q.pop();
                sink += ((Event.WorkDone) e).node();
                q.push(q.poppedTimeNs() + rng.nextLong(1_000_000), e);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (round == 1) out.printf(Locale.ROOT, "event queue (hold model, 64 pending): %.1f M pop+push pairs/s%s%n",
                    ops / s / 1e6, sink == 42 ? " " : "");
        }
    }
}
