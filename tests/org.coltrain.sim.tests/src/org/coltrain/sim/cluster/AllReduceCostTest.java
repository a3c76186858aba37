package org.coltrain.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.net.TreeAllReduce;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class AllReduceCostTest {

    // alpha = 1 us, beta = 1 ns/byte (1 GB/s): round numbers for hand-worked cases.
    private static InterconnectSpec net(Topology t) { return new InterconnectSpec(t, 1e9, 1_000); }

    @Test
    void ringOnASwitchMatchesTheClosedForm() {
        // Thakur et al. 2005: 2(p-1) alpha + 2(p-1)/p n beta; p = 4, n = 1e6: 6 * 1000 + 6 * 250000 = 1,506,000 ns.
        assertEquals(1_506_000, new RingAllReduce().timeNs(4, 1e6, net(Topology.SWITCH)), 1e-6);
        assertEquals(1_506_000, new RingAllReduce().timeNs(4, 1e6, net(Topology.RING)), 1e-6);
    }

    @Test
    void ringOnATorusRunsPerDimension() {
        // 16 ranks = 4 x 4: rows 2*3*(1000 + 1e6/4) = 1,506,000, columns on 1e6/4 bytes 2*3*(1000 + 62500) = 381,000.
        assertEquals(1_887_000, new RingAllReduce().timeNs(16, 1e6, net(Topology.TORUS_2D)), 1e-6);
    }

    @Test
    void treeMatchesTheClosedFormAndPaysHopsOnARing() {
        // Switch, p = 4: 2 ceil(log2 4) (alpha + n beta) = 4 * (1000 + 1e6) = 4,004,000 ns.
        assertEquals(4_004_000, new TreeAllReduce().timeNs(4, 1e6, net(Topology.SWITCH)), 1e-6);
        // Ring, p = 8: rounds at distances 1, 2, 4 links: 2 * ((1 + 2 + 4) * 1000 + 3 * 1e6) = 6,014,000 ns.
        assertEquals(6_014_000, new TreeAllReduce().timeNs(8, 1e6, net(Topology.RING)), 1e-6);
    }

    @Test
    void oneRankNeedsNoCommunication() {
        assertEquals(0, new RingAllReduce().timeNs(1, 1e9, net(Topology.SWITCH)));
        assertEquals(0, new TreeAllReduce().timeNs(1, 1e9, net(Topology.TORUS_2D)));
    }

    @Test
    void treeWinsForSmallVectorsAndRingForLargeOnes() {
        InterconnectSpec sw = net(Topology.SWITCH);
        // 1 KB over 64 ranks: tree 12 * (1000 + 1000) = 24 us; ring 126 * (1000 + 15.6) = 128 us.
        assertTrue(new TreeAllReduce().timeNs(64, 1e3, sw) < new RingAllReduce().timeNs(64, 1e3, sw));
        // 100 MB: tree 12 * 1e8 ns = 1.2 s; ring about 2 n beta = 0.2 s.
        assertTrue(new RingAllReduce().timeNs(64, 1e8, sw) < new TreeAllReduce().timeNs(64, 1e8, sw));
    }

    @Property
    void ringBandwidthTermNeverExceedsTwiceTheVector(@ForAll @IntRange(min = 1, max = 4096) int ranks,
            @ForAll @IntRange(min = 1, max = 1_000_000_000) int bytes) {
        // Zero link latency leaves the bandwidth term 2 (p-1)/p n beta < 2 n beta.
        InterconnectSpec noLatency = new InterconnectSpec(Topology.SWITCH, 1e9, 0);
        double ns = new RingAllReduce().timeNs(ranks, bytes, noLatency);
        assertTrue(ns <= 2.0 * bytes * (1 + 1e-12));
        assertEquals(2.0 * (ranks - 1) / ranks * bytes, ns, 1e-6 * bytes);
    }

    @Test
    void lowPrecisionGradientsShrinkTheVolume() {
        // 24e6 parameters: FP32 4 B each = 96e6 B; BF16 48e6 B; HBFP8 with a 10-bit exponent per 24 elements:
        // (8 + 10/24) bits = 1.0521 B each = 25.25e6 B.
        long params = 24_000_000;
        assertEquals(96e6, ClusterFixtures.job(4, params, EncodingSpec.fp32(), 0).gradientBytes(), 1e-3);
        assertEquals(48e6, ClusterFixtures.job(4, params, EncodingSpec.bf16(), 0).gradientBytes(), 1e-3);
        assertEquals(25.25e6, ClusterFixtures.job(4, params, EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST), 0)
                .gradientBytes(), 1e-3);
    }

    @Test
    void torusHopsWrapAround() {
        // 16 = 4 x 4, row-major: rank 0 (0,0) to rank 15 (3,3) is one wrap link in each dimension.
        assertEquals(2, Topology.TORUS_2D.hops(0, 15, 16));
        assertEquals(1, Topology.RING.hops(0, 7, 8));
        assertEquals(4, Topology.RING.hops(0, 4, 8));
        assertEquals(4, Topology.torusRows(16));
        assertEquals(32, Topology.torusRows(1024));
    }
}
