package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.serve.arrival.MmppArrivals;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.SlackHoldingBatching;
import org.coltrain.sim.serve.sched.StaticBatching;

/** Invariants of every run, over random services, loads (up to overload), schedulers, training and queue limits. */
class ConservationPropertiesTest {

    @Property(tries = 60, seed = "611")
    void requestsAreConservedTimeIsNotOverspentAndTrainingYieldsWithinOneSegment(
            @ForAll @IntRange(max = 3) int schedulerKind,
            @ForAll @LongRange(min = 1_000, max = 200_000) long fixedNs,
            @ForAll @LongRange(min = 100, max = 20_000) long perSampleNs,
            @ForAll @IntRange(min = 1, max = 16) int maxBatch,
            @ForAll @IntRange(min = 100, max = 60_000) int ratePerS,
            @ForAll boolean bursty,
            @ForAll @IntRange(min = 1, max = 400) int queueCapacity,
            @ForAll @IntRange(min = 0, max = 2) int trainingJobs,
            @ForAll @LongRange(min = 1_000, max = 100_000) long segmentNs,
            @ForAll @LongRange(max = 20_000) long preemptionCostNs,
            @ForAll long seed) {
        Scheduler scheduler = switch (schedulerKind) {
            case 0 -> new FifoBatchOne();
            case 1 -> new StaticBatching(Math.max(1, maxBatch / 2), 300_000);
            case 2 -> new AdaptiveBatching();
            default -> new SlackHoldingBatching(segmentNs + preemptionCostNs);
        };
        ArrivalProcess arrivals = bursty ? new MmppArrivals(ratePerS / 4.0, ratePerS * 2.0, 5_000_000, 2_000_000)
                : new PoissonArrivals(ratePerS);
        ServingConfig.Builder b = ServingConfig.builder().scheduler(scheduler).seed(seed).preemptionCostNs(preemptionCostNs)
                .durationNs(60_000_000).warmupNs(10_000_000)
                .service(ServeFixtures.service("a", ServeFixtures.linearTable("a", fixedNs, perSampleNs, maxBatch, 1e5),
                        arrivals, 1_000_000, 1).withQueueCapacity(queueCapacity))
                .service(ServeFixtures.service("b", ServeFixtures.linearTable("b", fixedNs / 2 + 1, perSampleNs, maxBatch, 1e5),
                        new PoissonArrivals(ratePerS / 3.0 + 1), 2_000_000, 0).withQueueCapacity(queueCapacity));
        // Job 0: uneven segments (its longest is segmentNs); job 1: shorter equal ones.
        if (trainingJobs > 0) b.trainingJob(new TrainingJobSpec("t0", new org.coltrain.sim.spec.TrainingProfile("t0", "acc", 8,
                new long[] { segmentNs / 3 + 1, segmentNs, segmentNs / 2 + 1 }, 1e7), 0));
        if (trainingJobs > 1) b.trainingJob(new TrainingJobSpec("t1", ServeFixtures.uniformProfile("t1", 4, 5, segmentNs / 4 + 1, 1e6), 0));
        SimulationResult r = ServingSimulation.run(b.build());

        for (ServiceResult s : r.services()) {
            assertTrue(s.accounting().balances(), s.name() + " " + s.accounting());
            assertTrue(s.sloViolationRate() >= 0 && s.sloViolationRate() <= 1);
        }
        double eps = 1e-12;
        assertTrue(r.utilization() <= 1 + eps, "utilization " + r.utilization());
        assertTrue(r.inferenceUtilization() + r.trainingUtilization() + r.switchUtilization() <= 1 + eps);
        // Training never holds back a ready inference batch longer than its longest segment plus the switch.
        long bound = trainingJobs == 0 ? 0 : segmentNs + preemptionCostNs;
        assertTrue(r.maxTrainingDelayNs() <= bound, r.maxTrainingDelayNs() + " > " + bound);
    }
}
