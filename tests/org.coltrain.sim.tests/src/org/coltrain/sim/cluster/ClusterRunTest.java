package org.coltrain.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.cluster.balance.LatencyAwareBalancer;
import org.coltrain.sim.cluster.balance.PowerOfTwoChoices;
import org.coltrain.sim.cluster.balance.RoundRobinBalancer;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.serve.ServeFixtures;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.ServiceTimeModel;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.ExamplePolicies;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.SchedulerSettings;
import org.coltrain.sim.serve.sched.SlackHoldingBatching;
import org.coltrain.sim.serve.sched.StaticBatching;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static java.util.stream.Stream<Scheduler> policies() {
        return java.util.stream.Stream.of(new AdaptiveBatching(), new StaticBatching(4, 1_000_000), new SlackHoldingBatching(200_000),
                ExamplePolicies.edf(new SchedulerSettings(java.util.Map.of("max_training_share", 0.3))));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void aOneAcceleratorFleetIsTheServingRunBitForBitWithTrainingAndEnergy(Scheduler policy) {
        // One accelerator, one service with exponential service times (so the service-time stream is shared too),
        // a training job filling idle cycles, a switch cost and idle power. In the fleet the job is data parallel
        // over its one worker: a 0 ns all-reduce after every local step, which the gate waits for.
        var service = ServeFixtures.service("svc", ClusterFixtures.table(), new PoissonArrivals(1_500), 5_000_000, 1)
                .withServiceTime(ServiceTimeModel.EXPONENTIAL);
        SimulationResult single = ServingSimulation.run(ServingConfig.builder().seed(7).durationNs(1_000_000_000L)
                .warmupNs(100_000_000L).scheduler(policy).preemptionCostNs(5_000).idlePowerW(2.5).service(service)
                .trainingJob(new TrainingJobSpec("train", ClusterFixtures.profile(), 0)).build());
        ClusterResult fleet = ClusterSimulation.run(ClusterConfig.builder().experiment("test").durationNs(1_000_000_000L)
                .warmupNs(100_000_000L).seed(7).scheduler(policy).interconnect(ClusterFixtures.net(Topology.SWITCH))
                .job(ClusterFixtures.job(1, 1_000_000, EncodingSpec.bf16(), 0))
                .design(new AcceleratorDesign("acc", 1, java.util.List.of(ClusterFixtures.table()), ClusterFixtures.profile(), 5_000, 2.5))
                .service(new FleetService("svc", new PoissonArrivals(1_500), 99.0, 5_000_000, 8, 1, new RoundRobinBalancer())
                        .withServiceTime(ServiceTimeModel.EXPONENTIAL))
                .build());
        assertEquals(single.services().get(0), fleet.services().get(0));
        var design = fleet.designs().get(0);
        assertEquals(single.inferenceUtilization(), design.inferenceUtilization());
        assertEquals(single.trainingUtilization(), design.trainingUtilization());
        assertEquals(single.switchUtilization(), design.switchUtilization());
        assertEquals(single.energyJ(), fleet.energyJ());
        assertEquals(single.averagePowerW(), fleet.averagePowerW());
        assertEquals(single.training().get(0).steps(), fleet.training().steps());
        assertEquals(single.training().get(0).samplesPerS(), fleet.training().samplesPerS());
        // Not trivially equal: the accelerator both served and trained, and drew energy for both.
        assertTrue(single.training().get(0).steps() > 10 && single.services().get(0).completed() > 1_000 && single.energyJ() > 0);
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
