package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.junit.jupiter.api.Test;

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

    @Test
    void deterministicServiceMatchesPollaczekKhinchineMd1Wait() {
        // Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)); deterministic S: E[S^2] = S^2,
        // so Wq = rho S / (2 (1 - rho)) = 0.5 * 10 us / (2 * 0.5) = 5 us.
        ServiceResult r = runBatchOne(ServiceTimeModel.TABLE);
        assertEquals(5.0, r.meanWaitUs(), 5.0 * 0.02);
        // Sojourn = wait + service = 15 us.
        assertEquals(15.0, r.meanLatencyUs(), 15.0 * 0.02);
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
