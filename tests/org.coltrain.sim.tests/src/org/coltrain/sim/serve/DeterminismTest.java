package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.coltrain.sim.serve.arrival.DiurnalArrivals;
import org.coltrain.sim.serve.arrival.MmppArrivals;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    static ServingConfig.Builder config(long seed) {
        return ServingConfig.builder().seed(seed).scheduler(new AdaptiveBatching()).preemptionCostNs(3_000).idlePowerW(2.5)
                .durationNs(500_000_000L).warmupNs(50_000_000L)
                .service(ServeFixtures.service("poisson", ServeFixtures.linearTable("a", 80_000, 6_000, 16, 3e6),
                        new PoissonArrivals(8_000), 400_000, 2).withServiceTime(ServiceTimeModel.EXPONENTIAL))
                .service(ServeFixtures.service("bursty", ServeFixtures.linearTable("b", 50_000, 9_000, 8, 2e6),
                        new MmppArrivals(1_000, 9_000, 20_000_000, 5_000_000), 900_000, 1))
                .trainingJob(new TrainingJobSpec("train", ServeFixtures.uniformProfile("t", 32, 12, 30_000, 5e8), 0));
    }

    @Test
    void sameConfigAndSeedGiveAnEqualResultBitForBit() {
        // Record equality compares doubles by their bits (Double.compare), lists element by element.
        SimulationResult a = ServingSimulation.run(config(99).build());
        SimulationResult b = ServingSimulation.run(config(99).build());
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertNotEquals(ServingSimulation.run(config(1).build()), ServingSimulation.run(config(2).build()));
    }

    @Test
    void addingAServiceLeavesTheOtherServicesArrivalsUnchanged() {
        // Streams are keyed by service name, not by position, so the new service draws from its own stream.
        SimulationResult before = ServingSimulation.run(config(7).build());
        SimulationResult after = ServingSimulation.run(config(7)
                .service(ServeFixtures.service("diurnal", ServeFixtures.linearTable("c", 20_000, 1_000, 4, 1e6),
                        new DiurnalArrivals(2_000, 0.5, 100_000_000L, 0), 900_000, 3)).build());
        assertEquals(before.service("poisson").accounting().arrived(), after.service("poisson").accounting().arrived());
        assertEquals(before.service("bursty").accounting().arrived(), after.service("bursty").accounting().arrived());
        assertEquals(before.service("bursty").arrivalRateRps(), after.service("bursty").arrivalRateRps());
    }
}
