package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine against queueing theory: batch-1 FIFO with Poisson arrivals is an M/G/1 queue. */
class QueueingClosedFormTest {

    private static final long SERVICE_NS = 10_000;          // S = 10 us, mu = 100k/s
    private static final double ARRIVAL_RATE_PER_S = 50_000; // rho = lambda * S = 0.5
    private static final long DURATION_NS = 60_000_000_000L; // 60 s: about 3 million requests
    private static final long WARMUP_NS = 1_000_000_000L;

    private static ServiceResult runBatchOne(ServiceTimeModel model) {
        ServiceSpec svc = ServeFixtures.service("mg1", ServeFixtures.constantTable("n", SERVICE_NS),
                new PoissonArrivals(ARRIVAL_RATE_PER_S), 1_000_000, 0).withServiceTime(model);
        ServingConfig config = ServingConfig.builder().service(svc).scheduler(new FifoBatchOne())
                .durationNs(DURATION_NS).warmupNs(WARMUP_NS).seed(42).build();
        return ServingSimulation.run(config).service("mg1");
    }

    @ParameterizedTest(name = "rho = {0}")
    @CsvSource({ "0.5, 3.33626", "0.9, 21.89824" })
    void deterministicServiceMatchesTheMd1MeanAndP99Wait(double rho, double p99WaitInS) {
        // Pollaczek-Khinchine mean wait rho S / (2 (1 - rho)): 5 us at rho 0.5, 45 us at 0.9 (S = 10 us). Erlang's
        // waiting-time distribution (Md1) puts the p99 wait at 3.33626 S and 21.89824 S (worked in 60-digit
        // arithmetic; a double sum of the same series is off by 1e-3 at 0.9). FIFO batch 1 with a constant service
        // time: latency = wait + S exactly, so the latency p99 is the wait p99 plus 10 us.
        assertEquals(p99WaitInS, Md1.waitQuantile(rho, 0.99), 1e-5);
        // 60 s: 3 to 5.4 million requests, enough for a p99 within 2% at rho 0.9 (relaxation time ~ S / (1 - rho)^2).
        ServiceSpec svc = ServeFixtures.service("md1", ServeFixtures.constantTable("n", SERVICE_NS),
                new PoissonArrivals(rho * 1e9 / SERVICE_NS), 100 * SERVICE_NS, 0);
        ServiceResult r = ServingSimulation.run(ServingConfig.builder().service(svc).scheduler(new FifoBatchOne())
                .durationNs(DURATION_NS).warmupNs(WARMUP_NS).seed(42).build()).service("md1");
        double serviceUs = SERVICE_NS / 1e3;
        double meanWaitUs = Md1.meanWait(rho) * serviceUs;
        assertEquals(meanWaitUs, r.meanWaitUs(), meanWaitUs * 0.02);
        assertEquals(meanWaitUs + serviceUs, r.meanLatencyUs(), (meanWaitUs + serviceUs) * 0.02);
        double p99LatencyUs = p99WaitInS * serviceUs + serviceUs;
        assertEquals(p99LatencyUs, r.p99Us(), p99LatencyUs * 0.02);
        assertEquals(0, r.counts().dropped());
        assertTrue(r.sloMet() && !r.overloaded());
    }

    @Test
    void exponentialServiceMatchesMm1Wait() {
        // M/M/1: E[S^2] = 2 S^2, so Wq = rho S / (1 - rho) = 0.5 * 10 us / 0.5 = 10 us; sojourn S / (1 - rho) = 20 us.
        ServiceResult r = runBatchOne(ServiceTimeModel.EXPONENTIAL);
        assertEquals(10.0, r.meanWaitUs(), 10.0 * 0.02);
        assertEquals(20.0, r.meanLatencyUs(), 20.0 * 0.02);
    }

    @Test
    void mm1UtilizationEqualsOfferedLoad() {
        // Busy fraction of a stable single server is rho = 0.5 (the time-average of a 0/1 busy indicator).
        ServiceSpec svc = ServeFixtures.service("mg1", ServeFixtures.constantTable("n", SERVICE_NS),
                new PoissonArrivals(ARRIVAL_RATE_PER_S), 1_000_000, 0);
        SimulationResult r = ServingSimulation.run(ServingConfig.builder().service(svc).scheduler(new FifoBatchOne())
                .durationNs(10_000_000_000L).warmupNs(WARMUP_NS).seed(7).build());
        assertEquals(0.5, r.utilization(), 0.5 * 0.01);
    }

    @Test
    void littlesLawHoldsPerServiceUnderBatchingAndTraining() {
        // Little (1961): L = lambda W for each service, whatever the discipline; here adaptive batching, two
        // services of different priority and a training job. Edge effects of a 20 s window are far below 1%.
        ServingConfig config = ServingConfig.builder()
                .service(ServeFixtures.service("hi", ServeFixtures.linearTable("a", 40_000, 5_000, 16, 1e6),
                        new PoissonArrivals(20_000), 500_000, 2))
                .service(ServeFixtures.service("lo", ServeFixtures.linearTable("b", 60_000, 8_000, 32, 1e6),
                        new PoissonArrivals(15_000), 800_000, 1))
                .trainingJob(new TrainingJobSpec("train", ServeFixtures.uniformProfile("t", 64, 20, 25_000, 1e9), 0))
                .scheduler(new AdaptiveBatching()).preemptionCostNs(5_000)
                .durationNs(21_000_000_000L).warmupNs(1_000_000_000L).seed(3).build();
        SimulationResult r = ServingSimulation.run(config);
        for (ServiceResult s : r.services()) {
            double lambdaW = s.arrivalRateRps() * s.meanLatencyUs() * 1e-6;
            assertEquals(lambdaW, s.meanInSystem(), lambdaW * 0.01, s.name());
        }
    }
}
