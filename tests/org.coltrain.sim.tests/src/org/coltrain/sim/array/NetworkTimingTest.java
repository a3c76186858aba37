package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.spec.TrainingProfile;
import org.junit.jupiter.api.Test;

class NetworkTimingTest {

    private static final NetworkSpec NET = new NetworkSpec("tiny", List.of(
            new Conv2d("conv", 3, 16, 16, 8, 3, 3, 1, 1, 1), new Dense("fc", 1, 2048, 10)));
    private static final AcceleratorSpec ACC = TestAccelerators.of(Dataflow.WEIGHT_STATIONARY, 1, 8, 8, 4096, 4e9);

    @Test
    void totalsAreTheSumsOfTheRows() {
        NetworkTiming t = NetworkTiming.of(ACC, NET, 2);
        assertEquals(2, t.layers().size());
        assertEquals(t.layers().get(0).totalCycles() + t.layers().get(1).totalCycles(), t.totalCycles());
        assertEquals(t.computeCycles() + t.stallCycles(), t.totalCycles());
        // 1 GHz: 1 ns per cycle
        assertEquals(t.totalCycles(), t.latencyNs(), 1e-9);
    }

    @Test
    void latencyTableHoldsTheNetworkTimingOfEveryBatch() {
        LatencyTable table = LatencyTables.compute(ACC, NET, 8);
        for (int b = 1; b <= 8; b++) {
            assertEquals((long) Math.ceil(NetworkTiming.of(ACC, NET, b).latencyNs()), table.latencyNs(b));
            if (b > 1) assertTrue(table.latencyNs(b) >= table.latencyNs(b - 1));
        }
    }

    @Test
    void cacheComputesEachTableOnce() {
        LatencyTableCache cache = new LatencyTableCache();
        LatencyTable first = cache.get(ACC, NET, 4);
        LatencyTable again = cache.get(ACC, new NetworkSpec("tiny", NET.layers()), 4);
        assertSame(first, again);
        cache.get(ACC, NET, TestAccelerators.HBFP8, 4);
        assertEquals(2, cache.size());
    }

    @Test
    void trainingSegmentsSumToTheStepAtEitherGranularity() {
        NetworkTiming step = NetworkTiming.trainingStep(ACC, NET, 4);
        TrainingProfile layers = TrainingProfiles.of("job", ACC, NET, 4, SegmentGranularity.LAYER);
        TrainingProfile tiles = TrainingProfiles.of("job", ACC, NET, 4, SegmentGranularity.TILE);
        // forward conv, fc; backward fc: data, weights, update; backward conv (first layer): weights, update
        assertEquals(7, layers.segmentNs().length);
        assertEquals(layers.stepNs(), tiles.stepNs());
        assertTrue(tiles.segmentNs().length > layers.segmentNs().length);
        assertTrue(tiles.longestSegmentNs() <= layers.longestSegmentNs());
        assertEquals(step.energyPj(), layers.energyPjPerStep(), 0);
        // per-piece ceil to whole ns adds at most 1 ns per piece at 1 GHz
        assertEquals(step.latencyNs(), layers.stepNs(), 7);
    }

    @Test
    void tableCarriesTheCliColumns() {
        StringWriter text = new StringWriter();
        NetworkTiming.of(ACC, NET, 1).print(new PrintWriter(text));
        String out = text.toString();
        for (String column : List.of("compute_cyc", "stall_cyc", "total_cyc", "util", "dram_bytes", "energy_pj", "conv", "fc", "total"))
            assertTrue(out.contains(column), column);
    }
}
