package org.coltrain.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.cluster.balance.LatencyAwareBalancer;
import org.coltrain.sim.cluster.balance.PowerOfTwoChoices;
import org.coltrain.sim.cluster.balance.RoundRobinBalancer;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.serve.ServeFixtures;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

class ClusterRunTest {

    @Test
    void sameConfigAndSeedGiveAnEqualResultBitForBit() {
        ClusterConfig c = ClusterFixtures.fleet(12, 1_500, new LatencyAwareBalancer(2),
                ClusterFixtures.job(12, 2_000_000, EncodingSpec.bf16(), 1)).build();
        ClusterResult a = ClusterSimulation.run(c);
        assertEquals(a, ClusterSimulation.run(c));
        assertNotEquals(a, ClusterSimulation.run(c.toBuilder().seed(8).build()));
    }

    @Test
    void oneAcceleratorFleetServesExactlyAsTheSingleAcceleratorSimulator() {
        // Same service name -> same arrival stream; one node, so routing is trivial and every figure must agree.
        ClusterResult fleet = ClusterSimulation.run(ClusterFixtures.fleet(1, 1_800, new RoundRobinBalancer(), null).build());
        ServiceResult single = ServingSimulation.run(ServingConfig.builder().seed(7).durationNs(1_000_000_000L)
                .warmupNs(100_000_000L).scheduler(new AdaptiveBatching())
                .service(ServeFixtures.service("svc", ClusterFixtures.table(), new PoissonArrivals(1_800), 5_000_000, 1))
                .build()).services().get(0);
        assertEquals(single, fleet.services().get(0));
    }

    @Test
    void everyRequestIsAccountedForAndTheSeriesSumsToTheTotals() {
        ClusterResult r = ClusterSimulation.run(ClusterFixtures.fleet(8, 2_000, new PowerOfTwoChoices(),
                ClusterFixtures.job(8, 1_000_000, EncodingSpec.bf16(), 0)).build());
        ServiceResult s = r.services().get(0);
        assertTrue(s.accounting().balances());
        long inBuckets = 0;
        for (var b : r.series()) inBuckets += b.completed().get(0);
        assertEquals(s.completed(), inBuckets);
        long samples = 0;
        for (var b : r.series()) samples += b.trainingSamples();
        assertEquals(r.training().steps() * r.training().globalBatch(), samples);
        var u = r.designs().get(0);
        assertTrue(u.inferenceUtilization() + u.trainingUtilization() + u.switchUtilization() <= 1 + 1e-9);
    }

    @Test
    void perAcceleratorUtilisationAveragesToItsDesignsAndMarksTheWorkers() {
        // 8 accelerators, the job on the first 5: the design's figure is the mean over its accelerators
        ClusterResult r = ClusterSimulation.run(ClusterFixtures.fleet(8, 2_000, new PowerOfTwoChoices(),
                ClusterFixtures.job(5, 1_000_000, EncodingSpec.bf16(), 0)).build());
        assertEquals(8, r.nodes().size());
        assertEquals(5, r.nodes().stream().filter(n -> n.worker()).count());
        for (int i = 0; i < 8; i++) assertEquals(i < 5, r.nodes().get(i).worker(), "workers are the first ranks");
        double inference = r.nodes().stream().mapToDouble(n -> n.inferenceUtilization()).average().orElseThrow();
        double training = r.nodes().stream().mapToDouble(n -> n.trainingUtilization()).average().orElseThrow();
        assertEquals(r.designs().get(0).inferenceUtilization(), inference, 1e-12);
        assertEquals(r.designs().get(0).trainingUtilization(), training, 1e-12);
        assertTrue(r.nodes().get(7).trainingUtilization() == 0, "a non-worker never trains");
    }
}
