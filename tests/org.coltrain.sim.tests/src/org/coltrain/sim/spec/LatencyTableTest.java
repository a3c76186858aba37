package org.coltrain.sim.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyTableTest {

    private static LatencyTable table(long... latencyNs) {
        return new LatencyTable("net", "acc", latencyNs, new double[latencyNs.length]);
    }

    @Test
    void theBestBatchNeedNotBeTheLargest() {
        // b / t(b) per us: 1/100, 2/150 = 0.0133, 3/180 = 0.0167, 4/300 = 0.0133 (a tile spills into another pass)
        LatencyTable t = table(100_000, 150_000, 180_000, 300_000);
        assertEquals(3, t.bestBatch(4));
        assertEquals(3 * 1e9 / 180_000, t.maxRequestsPerS(4), 1e-9);
        // capped below the best: the cap decides
        assertEquals(2, t.bestBatch(2));
    }

    @Test
    void tiesKeepTheSmallerBatch() {
        // 2 / 200 = 4 / 400: the smaller batch waits less for the same rate
        assertEquals(2, table(150, 200, 350, 400).bestBatch(4));
    }
}
