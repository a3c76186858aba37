package org.coltrain.sim.supernet;

import static org.coltrain.sim.supernet.SushiFixtures.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.junit.jupiter.api.Test;

class SushiSimulationTest {

    private static final ServingPolicy.Sushi SUSHI = new ServingPolicy.Sushi(32, 8);

    @Test
    void withNothingCachedASubNetTakesTheTimingModelsLatency() {
        SushiConfig off = SushiFixtures.config(0, 1, 100);
        off = new SushiConfig(off.name(), off.superNet(), off.subNets(), off.accelerator(), 0, false, off.arrivals(),
                off.targets(), off.durationNs(), 0, 1);
        SushiModel model = new SushiModel(off);
        for (int i = 0; i < off.subNets().size(); i++) {
            NetworkTiming t = NetworkTiming.of(off.accelerator(), model.layout().subNets().get(i).network(), 1);
            // the timing model's cycles at 1 GHz are ns
            assertEquals(t.totalCycles(), model.uncachedLatencyNs(i));
        }
    }

    @Test
    void cachingEveryWeightRemovesAllWeightTrafficAndNeverSlowsALayer() {
        SushiModel model = new SushiModel(SushiFixtures.config(64L << 20, 1, 100));
        for (ResolvedSubNet s : model.layout().subNets()) {
            SubNetTiming t = model.timing(s.index());
            long[] all = new long[s.layerCount()];
            for (int l = 0; l < all.length; l++) all[l] = s.network().layers().get(l).weightElements();
            for (int l = 0; l < all.length; l++) assertEquals(0, t.offChipFilterBytes(l, all[l]));
            assertTrue(t.latencyNs(all) <= model.uncachedLatencyNs(s.index()));
            assertEquals(t.latencyNs(all), model.pinnedLatencyNs(s.index()), "64 MiB holds any SubNet");
        }
    }

    @Test
    void anEmptyCacheGivesTheNoCachingBaseline() {
        SushiModel model = new SushiModel(SushiFixtures.config(0, 3, 1000));
        SushiResult none = SushiSimulation.run(model, new ServingPolicy.NoCache());
        for (ServingPolicy p : List.of(SUSHI, new ServingPolicy.Lru())) {
            SushiResult r = SushiSimulation.run(model, p);
            assertEquals(none.p99LatencyUs(), r.p99LatencyUs(), p.name());
            assertEquals(none.meanLatencyUs(), r.meanLatencyUs(), p.name());
            assertEquals(none.servedAccuracyPercent(), r.servedAccuracyPercent(), p.name());
            assertEquals(none.offChipEnergyUjPerQuery(), r.offChipEnergyUjPerQuery(), p.name());
            assertEquals(none.servedPerSubNet(), r.servedPerSubNet(), p.name());
            assertEquals(0.0, r.weightHitRate(), p.name());
        }
    }

    @Test
    void everyQueryMeetsItsTargetWhenSomeSubNetCould() {
        SushiModel model = new SushiModel(SushiFixtures.config(2L << 20, 5, 2000));
        for (ServingPolicy p : List.of(SUSHI, new ServingPolicy.NoCache(), new ServingPolicy.Lru())) {
            List<ServedQuery> served = new ArrayList<>();
            SushiSimulation.run(model, p, served::add);
            assertTrue(served.size() > 150, "about 200 queries in 2 s at 100 /s");
            long feasible = 0;
            for (ServedQuery q : served) {
                if (!q.couldMeet()) continue;
                feasible++;
                assertTrue(q.metTarget(), p.name() + ": query at " + q.arrivalNs() + " ns could have met its target");
            }
            assertTrue(feasible > 50, "the stream must exercise the property");
        }
    }

    @Test
    void eachQuerySeesTheCachedShareOfEverySubNetsWeights() {
        SushiModel model = new SushiModel(SushiFixtures.config(64L << 20, 5, 2000));
        List<ServedQuery> none = new ArrayList<>(), pinned = new ArrayList<>();
        SushiSimulation.run(model, new ServingPolicy.NoCache(), none::add);
        ServingPolicy.Static fixed = new ServingPolicy.Static(null);
        SushiSimulation.run(model, fixed, pinned::add);
        int n = model.layout().subNets().size(), s = fixed.index(model);
        for (ServedQuery q : none) assertEquals(java.util.Collections.nCopies(n, 0.0), q.cachedShares(), "no cache holds nothing");
        // 64 MiB holds any SubNet: the pinned one is wholly cached from the first query on
        for (ServedQuery q : pinned) {
            assertEquals(n, q.cachedShares().size());
            assertEquals(1.0, q.cachedShares().get(s), 1e-12);
            for (double share : q.cachedShares()) assertTrue(share >= 0 && share <= 1, "a share: " + share);
        }
    }

    @Test
    void sameSeedSameResultsOtherSeedOtherStream() {
        SushiModel a = new SushiModel(SushiFixtures.config(2L << 20, 11, 1000));
        SushiModel b = new SushiModel(SushiFixtures.config(2L << 20, 11, 1000));
        SushiModel c = new SushiModel(SushiFixtures.config(2L << 20, 12, 1000));
        for (ServingPolicy p : SushiComparison.standardPolicies(SUSHI, null)) {
            assertEquals(SushiSimulation.run(a, p), SushiSimulation.run(b, p), p.name());
            assertNotEquals(SushiSimulation.run(a, p), SushiSimulation.run(c, p), p.name());
        }
    }

    @Test
    void lruThrashesOnASubNetLargerThanTheCacheWhileSgsKeepsAPart() {
        // one SubNet, one target: the same ~3.4 MB of weights read in the same order on every query. The two head
        // layers above 512 KiB (1.23 and 1.28 MB) bypass the cache; the other ~0.9 MB is more than 512 KiB, so each
        // query's first misses evict the units it would read last (a cyclic scan) and nothing ever hits.
        // SGS keeps a fixed 512 KiB subset, which hits on every query after its first rebuild.
        SushiConfig base = SushiFixtures.config(512L << 10, 2, 1000);
        SushiConfig one = new SushiConfig("one", base.superNet(), List.of(base.subNets().get(0)), base.accelerator(),
                512L << 10, true, new PoissonArrivals(50), new LatencyTargets(List.of(new TargetPhase(1000 * MS, 10 * MS,
                        10 * MS, 0))), 1000 * MS, 100 * MS, 2);
        SushiModel model = new SushiModel(one);
        assertTrue(model.weightBytes(0) > 3 * (1L << 20));
        SushiResult lru = SushiSimulation.run(model, new ServingPolicy.Lru());
        SushiResult sgs = SushiSimulation.run(model, new ServingPolicy.Sushi(4, 1));
        assertEquals(0.0, lru.weightHitRate());
        assertTrue(sgs.weightHitRate() > 0.1, "512 KiB of ~3.4 MB cached: " + sgs.weightHitRate());
        assertTrue(sgs.meanCachedBytes() <= 512 << 10);
    }

    @Test
    void sushiSchedPicksTheMostAccurateSubNetInTimeElseTheFastest() {
        SushiSched s = new SushiSched();
        long[] latency = { 100, 200, 300 };
        double[] accuracy = { 70, 75, 80 };
        assertEquals(1, s.choose(0, 250, 0, latency, accuracy), "300 ns misses the 250 ns deadline");
        assertEquals(2, s.choose(0, 300, 0, latency, accuracy), "finishing exactly at the deadline is in time");
        assertEquals(0, s.choose(50, 120, 0, latency, accuracy), "only 100 ns fits after a 50 ns wait");
        assertEquals(0, s.choose(0, 50, 0, latency, accuracy), "none in time: the fastest");
        assertEquals(1, s.choose(0, 250, 79, latency, accuracy), "floor unmet in time: the most accurate in time");
        assertEquals(2, s.choose(0, 400, 79, latency, accuracy));
    }
}
