package org.coltrain.sim.supernet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WeightCachePropertiesTest {

    @Property(tries = 12, seed = "42")
    void noPolicyEverHoldsMoreThanTheCapacity(@ForAll @LongRange(min = 0, max = 8L << 20) long capacityBytes,
            @ForAll @LongRange(min = 0, max = 1000) long seed, @ForAll @IntRange(min = 1, max = 16) int window,
            @ForAll @IntRange(min = 1, max = 8) int updateEvery) {
        SushiModel model = new SushiModel(SushiFixtures.config(capacityBytes, seed, 300));
        for (ServingPolicy p : SushiComparison.standardPolicies(new ServingPolicy.Sushi(window, updateEvery), null)) {
            SushiSimulation.run(model, p, q -> assertTrue(q.cachedBytesAfter() <= capacityBytes,
                    p.name() + " holds " + q.cachedBytesAfter() + " B in a " + capacityBytes + " B cache"));
        }
    }
}
