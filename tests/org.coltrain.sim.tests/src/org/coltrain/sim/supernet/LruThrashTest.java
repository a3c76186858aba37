package org.coltrain.sim.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;

/** When LRU cannot hit (the shared weights exceed the cache) and when it does; the fixture's SubNets are nested. */
class LruThrashTest {

    @Test
    void everySubNetReadsItsUnitsInTheLayoutsOrder() {
        // The thrash argument needs one read order for all SubNets: units numbered in execution order, read ascending.
        SushiModel model = new SushiModel(SushiFixtures.config(2L << 20, 1, 100));
        for (ResolvedSubNet s : model.layout().subNets())
            for (int i = 1; i < s.unitCount(); i++)
                assertTrue(s.unit(i) > s.unit(i - 1), s.name() + " reads unit " + s.unit(i) + " after " + s.unit(i - 1));
    }

    @Test
    void nestedSubNetsShareExactlyTheSmallestOnesWeights() {
        // d2e3k3 is the smallest in depth, expand ratio and kernel, so every other SubNet reads all of its units.
        SushiModel model = new SushiModel(SushiFixtures.config(2L << 20, 1, 100));
        assertEquals(model.weightBytes(0), LruThrash.of(model).sharedBytes());
    }

    @Test
    void lruHitsNothingWhenTheSharedWeightsExceedTheCache() {
        // d2e3k3's weights (about 3.3 MiB) exceed 2 MiB: every reuse of a unit comes after more than the cache's worth
        // of other shared weights was read, so LRU has evicted it. Exactly 0, not merely small.
        SushiModel model = new SushiModel(SushiFixtures.config(2L << 20, 7, 2000));
        LruThrash thrash = LruThrash.of(model);
        assertTrue(thrash.certain(), thrash.sharedBytes() + " B shared in a " + thrash.capacityBytes() + " B cache");
        assertTrue(thrash.reason().startsWith("lru hits 0 % by construction: the 3316 KiB of weights every SubNet reads "
                + "exceed the 2048 KiB cache"), thrash.reason());
        assertEquals(0.0, SushiSimulation.run(model, new ServingPolicy.Lru()).weightHitRate());
    }

    @Test
    void lruHitsOnceTheSharedWeightsFitTheCache() {
        // At 4 MiB d2e3k3 fits whole: two d2e3k3 queries in a row re-read what the first left cached.
        SushiModel model = new SushiModel(SushiFixtures.config(4L << 20, 7, 2000));
        assertFalse(LruThrash.of(model).certain());
        SushiResult lru = SushiSimulation.run(model, new ServingPolicy.Lru());
        assertTrue(lru.weightHitRate() > 0.1, "hit rate " + lru.weightHitRate());
    }

    @Property(tries = 10, seed = "5")
    void whenTheArgumentHoldsLruNeverHits(@ForAll @LongRange(min = 0, max = 8L << 20) long capacityBytes,
            @ForAll @LongRange(min = 0, max = 1000) long seed) {
        SushiModel model = new SushiModel(SushiFixtures.config(capacityBytes, seed, 300));
        if (LruThrash.of(model).certain())
            assertEquals(0.0, SushiSimulation.run(model, new ServingPolicy.Lru()).weightHitRate(), capacityBytes + " B");
    }
}
