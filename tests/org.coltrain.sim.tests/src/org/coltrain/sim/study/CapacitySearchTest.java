package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.serve.Md1;
import org.coltrain.sim.serve.ServeFixtures;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.spec.LatencyTable;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

    private static final long SERVICE_NS = 100_000;

    private static ServiceUnderTest batchOne(long serviceNs, long sloNs) {
        return new ServiceUnderTest("md1", ServeFixtures.constantTable("n", serviceNs), new FifoBatchOne(), 1, 99,
                sloNs, List.of());
    }

    @Test
    void findsTheMd1CapacityAtAp99OfThreeServiceTimes() {
        // Erlang's M/D/1 waiting time at t = 2D: the k = 2 term vanishes, leaving P(W <= 2D) = (1 - rho)(e^{2 rho}
        // - rho e^{rho}); a p99 latency of 3D (wait 2D + service D) holds while this is >= 0.99, up to rho* = 0.3195
        // (rho 0.32 gives 0.98994).
        double rho = Md1.capacityRho(3, 0.99);
        assertEquals(0.3195, rho, 1e-4);
        // 10^6 requests per probe: the violation rate's noise (~1e-4) moves rho by well under 2%.
        Capacity c = CapacitySearch.maxRate(batchOne(SERVICE_NS, 3 * SERVICE_NS),
                SearchSettings.DEFAULT.withRequestsPerProbe(1_000_000));
        double expectedRps = rho * 1e9 / SERVICE_NS; // 3195 requests/s
        assertEquals(expectedRps, c.maxRateRps(), expectedRps * 0.03);
        assertTrue(c.latencyAtSloUs() <= 300.0 * 1.001);
    }

    @Test
    void fifoCapacityOfAWeightBoundServiceIsItsMd1CapacityNotTheBatchedRate() {
        // latency(b) = 100 us + 1 us b up to 64: batching would sustain 64 / 164 us = 390k/s, but FIFO serves one
        // request per 101 us, an M/D/1 queue; its bound is 1 / 101 us and its p99 of 3 D = 303 us holds up to
        // rho* = 0.3195 (Md1.capacityRho), i.e. 3163 requests/s. 10^6 requests per probe: within 2%.
        LatencyTable weightBound = ServeFixtures.linearTable("w", 100_000, 1_000, 64, 1);
        ServiceUnderTest s = new ServiceUnderTest("w", weightBound, new FifoBatchOne(), 64, 99, 303_000, List.of());
        assertEquals(1e9 / 101_000, s.saturationRps(), 1e-9);
        double expectedRps = Md1.capacityRho(3, 0.99) * 1e9 / 101_000;
        assertEquals(3163, expectedRps, 1);
        Capacity c = CapacitySearch.maxRate(s, SearchSettings.DEFAULT.withRequestsPerProbe(1_000_000));
        assertEquals(expectedRps, c.maxRateRps(), expectedRps * 0.02);
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
