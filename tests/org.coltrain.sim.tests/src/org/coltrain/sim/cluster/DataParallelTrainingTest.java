package org.coltrain.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coltrain.sim.cluster.ClusterStudies.ScalingPoint;
import org.coltrain.sim.cluster.balance.PowerOfTwoChoices;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class DataParallelTrainingTest {

    private static final long PARAMS = 10_000_000; // FP32: 40 MB of gradients

    private static FleetTrainingResult trainOnly(int workers, EncodingSpec enc, int staleness) {
        return ClusterSimulation.run(ClusterFixtures.fleet(workers, 0, null, ClusterFixtures.job(workers, PARAMS, enc, staleness))
                .build()).training();
    }

    @Test
    void synchronousStepIsComputePlusAllReduceOnADedicatedFleet() {
        // 8 workers, ring on a switch: 2 * 7 * (1000 + 40e6 / 8 / 100 GB/s * 1e9 = 50,000) = 714,000 ns all-reduce;
        // the 2 ms step then waits for it, so steps are 2,714 us apart.
        FleetTrainingResult t = trainOnly(8, EncodingSpec.fp32(), 0);
        assertEquals(714.0, t.allReduceUs(), 1e-9);
        assertEquals(2_714.0, t.meanStepUs(), 1e-9);
        assertEquals(714.0 / 2_714.0, t.communicationShare(), 0.01);
    }

    @Test
    void stalenessOverlapsTheAllReduceWithTheNextStep() {
        // With a bound of 1 the next step's compute (2 ms) runs during the 714 us all-reduce: steps 2 ms apart.
        FleetTrainingResult t = trainOnly(8, EncodingSpec.fp32(), 1);
        assertEquals(2_000.0, t.meanStepUs(), 1e-9);
    }

    @Test
    void lowPrecisionGradientsSpeedUpACommunicationBoundJob() {
        // BF16 halves the bytes: all-reduce 2 * 7 * (1000 + 25,000) = 364 us, step 2,364 us.
        FleetTrainingResult fp32 = trainOnly(8, EncodingSpec.fp32(), 0);
        FleetTrainingResult bf16 = trainOnly(8, EncodingSpec.bf16(), 0);
        FleetTrainingResult hbfp4 = trainOnly(8, EncodingSpec.hbfp(4, 24, 10, Rounding.NEAREST), 0);
        assertEquals(2_364.0, bf16.meanStepUs(), 1e-9);
        assertTrue(hbfp4.samplesPerS() > bf16.samplesPerS() && bf16.samplesPerS() > fp32.samplesPerS());
    }

    @Property(tries = 25)
    void scalingEfficiencyNeverExceedsOne(@ForAll @IntRange(min = 1, max = 64) int n,
            @ForAll @IntRange(min = 1, max = 100_000_000) int parameters, @ForAll @IntRange(min = 0, max = 2) int staleness) {
        ClusterConfig base = ClusterFixtures.fleet(1, 0, null,
                ClusterFixtures.job(1, parameters, EncodingSpec.bf16(), staleness)).durationNs(200_000_000L).warmupNs(20_000_000L).build();
        List<ScalingPoint> points = ClusterStudies.scaling(base, List.of(1, n));
        for (ScalingPoint p : points) assertTrue(p.scalingEfficiency() <= 1.0, "efficiency " + p.scalingEfficiency() + " at " + n);
    }

    @Test
    void scalingEfficiencyFollowsTheClosedFormWithoutInference() {
        // Efficiency = step interval of one / step interval of p = 2 ms / (2 ms + ring all-reduce(p), rounded up to ns).
        ClusterConfig base = ClusterFixtures.fleet(1, 0, null, ClusterFixtures.job(1, PARAMS, EncodingSpec.fp32(), 0)).build();
        List<ScalingPoint> points = ClusterStudies.scaling(base, List.of(1, 4, 16, 64));
        for (ScalingPoint p : points) {
            double arNs = new RingAllReduce().timeNs(p.accelerators(), 40e6, ClusterFixtures.net(Topology.SWITCH));
            assertEquals(2e6 / (2e6 + Math.ceil(arNs)), p.scalingEfficiency(), 1e-12, "at " + p.accelerators());
        }
        assertEquals(1.0, points.get(0).scalingEfficiency());
    }

    @Test
    void boundedStalenessAbsorbsStragglersUnderInferenceLoad() {
        // Inference load differs per accelerator at every instant, so synchronous steps wait for the slowest worker.
        FleetTrainingResult sync = loaded(0);
        FleetTrainingResult stale = loaded(4);
        assertTrue(stale.samplesPerS() > sync.samplesPerS(), "stale " + stale.samplesPerS() + " vs sync " + sync.samplesPerS());
        assertTrue(sync.fractionOfDedicated() < 1 && stale.fractionOfDedicated() < 1);
    }

    private static FleetTrainingResult loaded(int staleness) {
        return ClusterSimulation.run(ClusterFixtures.fleet(16, 1_000, new PowerOfTwoChoices(),
                ClusterFixtures.job(16, 1_000_000, EncodingSpec.bf16(), staleness)).build()).training();
    }
}
