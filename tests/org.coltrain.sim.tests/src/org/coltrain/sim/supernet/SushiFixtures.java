package org.coltrain.sim.supernet;

import java.util.List;

import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/** A bandwidth-limited edge accelerator and a drifting query stream over four OFA MobileNetV3 SubNets. */
final class SushiFixtures {

    static final long MS = 1_000_000L;
    static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);

    private SushiFixtures() {
    }

    /** 32 x 32 weight-stationary at 1 GHz, 2 MiB ifmap/ofmap, 512 KiB weight buffer, 4 GB/s DRAM, int8. */
    static AcceleratorSpec edge() {
        return new AcceleratorSpec("edge", 1, 32, 32, Dataflow.WEIGHT_STATIONARY, 1e9, 2L << 20, 512L << 10, 2L << 20,
                4e9, 4L << 30, FIXED8, FIXED8, CostDefaults.params());
    }

    static List<SubNetChoice> subNets() {
        return List.of(ReferenceSuperNets.uniform("d2e3k3", 74.0, 2, 3.0, 3),
                ReferenceSuperNets.uniform("d3e4k5", 76.5, 3, 4.0, 5),
                ReferenceSuperNets.uniform("d4e4k5", 77.5, 4, 4.0, 5),
                ReferenceSuperNets.uniform("d4e6k7", 79.0, 4, 6.0, 7));
    }

    /** Targets drift between 1-3 ms and 3-6 ms every 500 ms; 100 queries/s. */
    static SushiConfig config(long capacityBytes, long seed, long durationMs) {
        LatencyTargets targets = new LatencyTargets(List.of(new TargetPhase(500 * MS, 1 * MS, 3 * MS, 0),
                new TargetPhase(500 * MS, 3 * MS, 6 * MS, 0)));
        return new SushiConfig("test", ReferenceSuperNets.ofaMobileNetV3(), subNets(), edge(), capacityBytes, true,
                new PoissonArrivals(100), targets, durationMs * MS, 0, seed);
    }
}
