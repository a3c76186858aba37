package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.array.LatencyTableCache;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The design search's analytical bound never falls below what the simulator measures (else it would prune the best
 * design), and it sits below each scheduler's throughput bound: 1 / latency(1) for FIFO.
 */
class MixCapacityBoundTest {

    private static final AcceleratorSpec ACC = ReferenceAccelerators.costReference(
            EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST));
    // two 1000 x 1000 FC layers: 2 MB of int8 weights, 20 us at the reference's 100 GB/s at batch 1
    private static final NetworkSpec MLP = new NetworkSpec("mlp", List.of(new LayerSpec.Dense("fc0", 1, 1000, 1000),
            new LayerSpec.Dense("fc1", 1, 1000, 1000)));
    private static final long SLO_NS = 200_000;

    private static MixCapacity mix(Scheduler s, LatencyTableCache tables) {
        return new MixCapacity(List.of(new WorkloadShare(MLP, 1)), s, 16, 99, SLO_NS,
                SearchSettings.DEFAULT.withRequestsPerProbe(20_000), new CapacityMemo(ResultCache.inMemory()), tables);
    }

    @Test
    void boundIsAdmissibleAndBelowTheSchedulersThroughputBound() {
        LatencyTableCache tables = new LatencyTableCache();
        LatencyTable t = tables.get(ACC, MLP, 16);
        WorkloadShare w = new WorkloadShare(MLP, 1);
        double fifoCapacity = 0;
        for (Scheduler s : List.of(new FifoBatchOne(), new AdaptiveBatching())) {
            MixCapacity m = mix(s, tables);
            double bound = m.bound(ACC, w), measured = m.capacities(ACC).get(0).maxRateRps();
            double saturation = m.service(ACC, w).saturationRps();
            assertTrue(measured > 0, s.name());
            assertTrue(measured <= bound, s.name() + ": measured " + measured + " above the bound " + bound);
            assertTrue(bound <= saturation * (1 + 1e-12), s.name() + ": bound " + bound + " above " + saturation);
            if (s instanceof FifoBatchOne) {
                assertEquals(1e9 / t.latencyNs(1), saturation, 1e-6);
                fifoCapacity = measured;
            } else {
                assertTrue(measured > 2 * fifoCapacity, "a weight-bound layer gains from batching: " + measured
                        + " vs FIFO " + fifoCapacity);
            }
        }
    }
}
