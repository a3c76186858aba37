package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.arrival.TraceArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TimeSeries;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.spec.LatencyTable;
import org.junit.jupiter.api.Test;

class MetricsTest {

    /** latency(1) = 100 us, energy(1) = 2e6 pJ. */
    static final LatencyTable ONE = new LatencyTable("n", "acc", new long[] { 100_000 }, new double[] { 2e6 });

    static ServingConfig.Builder traceRun(long... arrivalsNs) {
        return ServingConfig.builder().scheduler(new FifoBatchOne()).durationNs(1_100_000_000L).warmupNs(100_000_000L)
                .service(ServeFixtures.service("svc", ONE, new TraceArrivals(arrivalsNs, 0), 500_000, 0));
    }

    @Test
    void energyIsTableEnergyPlusIdlePowerOverTheTimeNotComputing() {
        // One batch of 1 at 0.5 s: 2e6 pJ = 2e-6 J; idle 3 W over the 1 s window less 100 us: 2.9997 J.
        SimulationResult r = ServingSimulation.run(traceRun(500_000_000L).idlePowerW(3.0).build());
        assertEquals(2e-6 + 3.0 * (1.0 - 100e-6), r.energyJ(), 1e-12);
        assertEquals(r.energyJ() / 1.0, r.averagePowerW(), 1e-12);
    }

    @Test
    void trainingEnergyIsTheStepEnergyProRataToTheWindow() {
        // 1e9 pJ per 2 ms step = 0.5 W, for the whole 1 s window: 0.5 J (no idle time, so idle power adds nothing).
        SimulationResult r = ServingSimulation.run(ServingConfig.builder().idlePowerW(7).durationNs(1_100_000_000L)
                .warmupNs(100_000_000L)
                .trainingJob(new TrainingJobSpec("t", ServeFixtures.uniformProfile("t", 8, 50, 40_000, 1e9), 0)).build());
        assertEquals(0.5, r.energyJ(), 1e-12);
    }

    @Test
    void requestsArrivingDuringWarmupAreNotMeasured() {
        // Arrivals at 50 ms (warm-up) and 500 ms: only the second counts; both are in the accounting.
        SimulationResult r = ServingSimulation.run(traceRun(50_000_000L, 500_000_000L).build());
        ServiceResult s = r.service("svc");
        assertEquals(1, s.completed());
        assertEquals(2, s.accounting().arrived());
        assertEquals(2, s.accounting().completed());
        // 100 us busy in a 1 s window.
        assertEquals(1e-4, r.utilization(), 1e-15);
    }

    @Test
    void droppedRequestsCountAsSloViolations() {
        // Three arrivals at the same instant, room for one waiting request: the first is served at once, the second
        // waits 100 us (latency 200 us, on time), the third is dropped. Violations: 1 of 3 judged.
        ServiceResult s = ServingSimulation.run(ServingConfig.builder().scheduler(new FifoBatchOne())
                .durationNs(1_100_000_000L).warmupNs(100_000_000L)
                .service(ServeFixtures.service("svc", ONE, new TraceArrivals(new long[] { 200_000_000L, 200_000_000L,
                        200_000_000L }, 0), 500_000, 0).withQueueCapacity(1)).build()).service("svc");
        assertEquals(1, s.accounting().dropped());
        assertEquals(2, s.completed());
        assertEquals(1.0 / 3, s.sloViolationRate(), 1e-15);
    }

    @Test
    void timeSeriesBucketsAddUpToTheWindowTotals() {
        ServingConfig config = ServingConfig.builder().scheduler(new AdaptiveBatching()).durationNs(1_100_000_000L)
                .warmupNs(100_000_000L).seed(4)
                .service(ServeFixtures.service("svc", ServeFixtures.linearTable("n", 50_000, 5_000, 8, 1e6),
                        new PoissonArrivals(5_000), 500_000, 0))
                .trainingJob(new TrainingJobSpec("t", ServeFixtures.uniformProfile("t", 16, 10, 20_000, 1e8), 0)).build();
        SimulationResult r = ServingSimulation.run(config);
        TimeSeries ts = r.timeSeries();
        // Default: the 1 s window in 100 buckets of 10 ms.
        assertEquals(ServingConfig.DEFAULT_TIME_SERIES_BUCKETS, ts.buckets().size());
        assertEquals(10_000_000L, ts.bucketNs());
        long completed = 0, samples = 0;
        double utilization = 0;
        for (TimeSeries.Bucket b : ts.buckets()) {
            completed += b.completed().get(0);
            samples += b.trainingSamples();
            utilization += b.utilization() / ts.buckets().size();
        }
        assertEquals(r.service("svc").completed(), completed);
        assertEquals(r.trainingJob("t").steps() * 16, samples);
        assertEquals(r.utilization(), utilization, 1e-12);
    }

    @Test
    void queueLengthFractionsCoverTheWholeWindowAndBatchCountsMatchTheMean() {
        SimulationResult r = ServingSimulation.run(ServingConfig.builder().scheduler(new AdaptiveBatching())
                .durationNs(1_100_000_000L).warmupNs(100_000_000L).seed(8)
                .service(ServeFixtures.service("svc", ServeFixtures.linearTable("n", 100_000, 10_000, 16, 1e6),
                        new PoissonArrivals(20_000), 500_000, 0)).build());
        ServiceResult s = r.service("svc");
        double total = 0;
        for (double f : s.queueLengthTimeFractions()) total += f;
        assertEquals(1.0, total, 1e-9);
        long batches = 0, batched = 0;
        List<Long> counts = s.batchSizeCounts();
        for (int b = 1; b <= counts.size(); b++) {
            batches += counts.get(b - 1);
            batched += b * counts.get(b - 1);
        }
        assertEquals((double) batched / batches, s.meanBatch(), 1e-12);
        assertTrue(s.p50Us() <= s.p90Us() && s.p90Us() <= s.p99Us() && s.p99Us() <= s.p999Us() && s.p999Us() <= s.maxUs());
    }

    @Test
    void summaryNamesEveryServiceAndJobWithTheirFigures() {
        SimulationResult r = ServingSimulation.run(traceRun(500_000_000L)
                .trainingJob(new TrainingJobSpec("finetune", ServeFixtures.uniformProfile("t", 8, 5, 40_000, 1e6), 0)).build());
        java.io.StringWriter text = new java.io.StringWriter();
        org.coltrain.sim.serve.result.ResultSummary.print(r, new java.io.PrintWriter(text));
        String out = text.toString();
        assertTrue(out.contains("svc") && out.contains("finetune") && out.contains("of a dedicated accelerator"), out);
        assertTrue(out.contains(" met"), out);
    }

    @Test
    void configRejectsWhatCannotBeSimulatedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> traceRun(1).warmupNs(2_000_000_000L).build());
        assertTrue(e.getMessage().contains("warm-up"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> traceRun(1)
                .service(ServeFixtures.service("svc", ONE, new PoissonArrivals(1), 1, 0)).build());
        assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceSpec("s", ONE, new PoissonArrivals(1), 99, 500_000, 2, 0));
        assertTrue(e.getMessage().contains("max batch 2 not in [1, 1]"), e.getMessage());
    }
}
