package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.WindowCounts;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.junit.jupiter.api.Test;

/**
 * Every arrival of the measured window is counted: completed, dropped or unfinished. An overloaded service is
 * reported as such, never as meeting its SLO because the requests it did not finish were left out.
 */
class OverloadAccountingTest {

    private static final long SERVICE_NS = 10_000; // mu = 100 000 requests/s

    private static ServiceResult fifo(double ratePerS, long durationNs, long warmupNs) {
        ServiceSpec svc = ServeFixtures.service("svc", ServeFixtures.constantTable("n", SERVICE_NS),
                new PoissonArrivals(ratePerS), 50 * SERVICE_NS, 0);
        return ServingSimulation.run(ServingConfig.builder().service(svc).scheduler(new FifoBatchOne())
                .durationNs(durationNs).warmupNs(warmupNs).seed(11).build()).service("svc");
    }

    @Test
    void aThreefoldOverloadIsReportedViolatedAndOverloaded() {
        // rho = 3 for 1.1 s (0.1 s warm-up). The server finishes 100k/s, FIFO, so it spends the window's first
        // 0.2 s on the 20k requests the warm-up left, then 0.8 s on window arrivals: about 80k of the window's
        // 300k arrivals complete and 220k (73%) are unfinished, almost all older than the 500 us SLO.
        ServiceResult s = fifo(300_000, 1_100_000_000L, 100_000_000L);
        WindowCounts c = s.counts();
        assertEquals(c.arrivals(), c.completed() + c.dropped() + c.unfinished());
        assertEquals(300_000, c.arrivals(), 300_000 * 0.01);
        assertEquals(220_000.0 / 300_000, c.unfinishedFraction(), 0.01);
        assertTrue(s.overloaded());
        assertFalse(s.sloMet());
        assertTrue(s.sloViolationRate() > 0.7, "violation rate " + s.sloViolationRate());
    }

    @Test
    void atRho12TheBacklogGrowsWithTheRunLength() {
        // Fluid limit at lambda = 1.2 mu with warm-up W and window T: the server is never idle, so the window
        // completes mu T requests, the first 0.2 mu W of them from the warm-up; unfinished = 0.2 mu (T + W).
        // T = 5 s, W = 0.5 s: 110 000 unfinished; twice as long: 220 000. Poisson noise is ~0.2% of that.
        ServiceResult shorter = fifo(120_000, 5_500_000_000L, 500_000_000L);
        ServiceResult longer = fifo(120_000, 11_000_000_000L, 1_000_000_000L);
        assertEquals(110_000, shorter.counts().unfinished(), 110_000 * 0.02);
        assertEquals(220_000, longer.counts().unfinished(), 220_000 * 0.02);
        assertEquals((5.5 / 6) / 5, shorter.counts().unfinishedFraction(), 0.005);
        assertTrue(shorter.overloaded() && longer.overloaded());
        assertFalse(shorter.sloMet() || longer.sloMet());
    }

    @Test
    void aStableRunLeavesAlmostNothingUnfinished() {
        // rho = 0.5: in flight at the end is about L = 1 request (M/D/1 L = rho + rho^2 / (2 (1 - rho)) = 0.75).
        ServiceResult s = fifo(50_000, 2_100_000_000L, 100_000_000L);
        assertTrue(s.counts().unfinished() <= 20, "unfinished " + s.counts().unfinished());
        assertFalse(s.overloaded());
        assertTrue(s.sloMet());
    }

    @Test
    void requestsStillInServiceAtTheEndAreUnfinished() {
        // One arrival at 0.9995 s of a 1 s run: its 10 us batch ends at 1.000005 s, after the run: unfinished and,
        // 500 ns old at the end, not yet late.
        ServiceSpec svc = ServeFixtures.service("svc", ServeFixtures.constantTable("n", SERVICE_NS),
                new org.coltrain.sim.serve.arrival.TraceArrivals(new long[] { 999_995_000L }, 0), 50 * SERVICE_NS, 0);
        ServiceResult s = ServingSimulation.run(ServingConfig.builder().service(svc).scheduler(new AdaptiveBatching())
                .durationNs(1_000_000_000L).warmupNs(100_000_000L).build()).service("svc");
        assertEquals(new WindowCounts(1, 0, 0, 0, 1, 0), s.counts());
        assertEquals(1, s.accounting().inServiceAtEnd());
    }
}
