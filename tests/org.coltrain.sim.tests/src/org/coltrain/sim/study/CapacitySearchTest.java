package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.serve.ServeFixtures;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.spec.LatencyTable;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

    private static final long SERVICE_NS = 100_000;

    /**
     * M/D/1 waiting time (Erlang 1909, Crommelin 1932): P(W <= t) = (1 - rho) sum_{k=0}^{floor(t/D)}
     * [lambda (kD - t)]^k / k! e^{-lambda (kD - t)}. At t = 2D the k = 2 term vanishes, leaving
     * P(W <= 2D) = (1 - rho)(e^{2 rho} - rho e^{rho}). A p99 latency of 3D (wait 2D + service D) holds while this
     * is >= 0.99; it falls with rho, so the capacity is the root, rho* = 0.3195 (e.g. rho 0.32 gives 0.98994).
     */
    static double md1CapacityRho() {
        double lo = 0, hi = 1;
        for (int i = 0; i < 60; i++) {
            double rho = 0.5 * (lo + hi);
            double p = (1 - rho) * (Math.exp(2 * rho) - rho * Math.exp(rho));
            if (p >= 0.99) lo = rho; else hi = rho;
        }
        return lo;
    }

    private static ServiceUnderTest batchOne(long serviceNs, long sloNs) {
        return new ServiceUnderTest("md1", ServeFixtures.constantTable("n", serviceNs), new FifoBatchOne(), 1, 99,
                sloNs, List.of());
    }

    @Test
    void findsTheMd1CapacityAtAp99OfThreeServiceTimes() {
        double rho = md1CapacityRho();
        assertEquals(0.3195, rho, 1e-4);
        // 10^6 requests per probe: the violation rate's noise (~1e-4) moves rho by well under 2%.
        Capacity c = CapacitySearch.maxRate(batchOne(SERVICE_NS, 3 * SERVICE_NS),
                SearchSettings.DEFAULT.withRequestsPerProbe(1_000_000));
        double expectedRps = rho * 1e9 / SERVICE_NS; // 3195 requests/s
        assertEquals(expectedRps, c.maxRateRps(), expectedRps * 0.03);
        assertTrue(c.latencyAtSloUs() <= 300.0 * 1.001);
    }

    @Test
    void aServiceWhoseBatchOneMissesTheSloHasNoCapacity() {
        Capacity c = CapacitySearch.maxRate(batchOne(SERVICE_NS, SERVICE_NS - 1), SearchSettings.DEFAULT);
        assertEquals(0.0, c.maxRateRps());
        assertEquals(0, c.probes());
    }

    @Test
    void capacityStaysBelowSaturationAndWithinTheBracket() {
        ServiceUnderTest s = new ServiceUnderTest("lin", ServeFixtures.linearTable("n", 60_000, 10_000, 32, 1),
                new AdaptiveBatching(), 32, 99, 500_000, List.of());
        Capacity c = CapacitySearch.maxRate(s, SearchSettings.DEFAULT.withRequestsPerProbe(20_000));
        // saturation: b / (60 + 10 b) us rises with b, so b = 32 gives 32 / 380 us = 84 210.5 requests/s
        assertEquals(32e9 / 380_000, c.saturationRps(), 1e-6);
        assertTrue(c.maxRateRps() > 0 && c.maxRateRps() < c.upperRateRps() && c.upperRateRps() <= c.saturationRps());
        assertTrue(c.upperRateRps() - c.maxRateRps() <= 0.005 * c.upperRateRps());
    }

    @Test
    void aFasterAcceleratorNeverHasLowerCapacity() {
        SearchSettings settings = SearchSettings.DEFAULT.withRequestsPerProbe(20_000);
        // the same table shape at 1x, 1.25x, 1.5x, 2x the service time: capacity must not rise as it slows,
        // under FIFO batch-1 (index 0) and adaptive batching (index 1)
        double[] previous = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (double slowdown : new double[] {1.0, 1.25, 1.5, 2.0}) {
            LatencyTable t = ServeFixtures.linearTable("n", Math.round(60_000 * slowdown),
                    Math.round(10_000 * slowdown), 32, 1);
            for (int i = 0; i < 2; i++) {
                ServiceUnderTest s = new ServiceUnderTest("lin", t, i == 0 ? new FifoBatchOne()
                        : new AdaptiveBatching(), 32, 99, 500_000, List.of());
                double rps = CapacitySearch.maxRate(s, settings).maxRateRps();
                assertTrue(rps > 0 && rps <= previous[i], "slowdown " + slowdown + ": " + rps + " > " + previous[i]);
                previous[i] = rps;
            }
        }
    }

    @Test
    void theSameSearchGivesTheSameAnswer() {
        ServiceUnderTest s = new ServiceUnderTest("lin", ServeFixtures.linearTable("n", 60_000, 10_000, 32, 1),
                new AdaptiveBatching(), 32, 99, 500_000, List.of());
        SearchSettings settings = SearchSettings.DEFAULT.withRequestsPerProbe(10_000);
        assertEquals(CapacitySearch.maxRate(s, settings), CapacitySearch.maxRate(s, settings));
    }
}
