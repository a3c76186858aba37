package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class EquinoxReproductionTest {

    private static final NetworkSpec NET = ReferenceNetworks.resnet50();
    private static final SearchSettings FAST = SearchSettings.DEFAULT.withRequestsPerProbe(20_000);

    @Test
    void bothDesignsFitTheSameEnvelope() {
        for (AcceleratorSpec acc : List.of(EquinoxReproduction.latencyOptimal(), EquinoxReproduction.equinox(),
                EquinoxReproduction.trainingAccelerator())) {
            assertTrue(CostModel.areaMm2(acc) <= EquinoxReproduction.ENVELOPE.areaMm2(), acc.name());
            assertTrue(CostModel.powerMw(acc) <= EquinoxReproduction.ENVELOPE.powerMw(), acc.name());
            // as many arrays as fit: one more breaks the envelope
            AcceleratorSpec more = ReferenceAccelerators.reshape(acc, acc.arrayCount() + 1, acc.rows(), acc.cols(),
                    acc.dataflow());
            assertTrue(CostModel.areaMm2(more) > EquinoxReproduction.ENVELOPE.areaMm2()
                    || CostModel.powerMw(more) > EquinoxReproduction.ENVELOPE.powerMw(), acc.name());
        }
        assertNull(EquinoxReproduction.latencyOptimal().trainingEncoding(), "the latency-optimal design is inference-only");
    }

    @Test
    void theLatencyOptimalDesignIsTheEnvelopesLowestBatchOneLatency() {
        AcceleratorSpec picked = DesignChoice.latencyOptimal(EquinoxReproduction.latencyOptimal(), NET,
                EquinoxReproduction.ENVELOPE, EquinoxReproduction.SIDES);
        AcceleratorSpec ours = EquinoxReproduction.latencyOptimal();
        assertEquals(List.of(ours.arrayCount(), ours.rows(), ours.cols(), ours.dataflow()),
                List.of(picked.arrayCount(), picked.rows(), picked.cols(), picked.dataflow()));
    }

    @Test
    void theDedicatedTrainingDesignIsTheEnvelopesFastestTrainer() {
        AcceleratorSpec picked = DesignChoice.trainingOptimal(EquinoxReproduction.equinox(), NET,
                EquinoxReproduction.ENVELOPE, EquinoxReproduction.SIDES, EquinoxReproduction.TRAINING_BATCH);
        AcceleratorSpec ours = EquinoxReproduction.trainingAccelerator();
        assertEquals(List.of(ours.arrayCount(), ours.rows(), ours.cols(), ours.dataflow()),
                List.of(picked.arrayCount(), picked.rows(), picked.cols(), picked.dataflow()));
    }

    @Test
    void batchingOptimisedDesignSustainsMoreThanTheLatencyOptimalOneUnderTheSlo() {
        // Equinox, MICRO 2021: 6.67x at a 500 us SLO; here only the direction is pinned (the README has the number)
        Capacity latency = CapacitySearch.maxRate(
                EquinoxReproduction.service(EquinoxReproduction.latencyOptimal(), NET, false), FAST);
        Capacity batching = CapacitySearch.maxRate(
                EquinoxReproduction.service(EquinoxReproduction.equinox(), NET, true), FAST);
        assertTrue(latency.maxRateRps() > 0);
        assertTrue(batching.maxRateRps() > 1.2 * latency.maxRateRps(),
                batching.maxRateRps() + " vs " + latency.maxRateRps());
        assertTrue(batching.meanBatch() > 1.0);
    }

    @Test
    void coLocatedTrainingKeepsTheSloAtHalfLoadAndYieldsMostOfTheIdleTime() {
        AcceleratorSpec eqx = EquinoxReproduction.equinox();
        ServiceUnderTest s = EquinoxReproduction.service(eqx, NET, true)
                .withTraining(List.of(EquinoxReproduction.trainingJob(eqx, NET)));
        double dedicated = EquinoxReproduction.trainingJob(eqx, NET).dedicatedSamplesPerS();
        CoLocated r = CoLocation.measure(s, 2_000, dedicated, FAST.withMaxDurationNs(1_000_000_000L));
        assertTrue(r.sloMet(), "p99 " + r.p99Us());
        // training gets the idle time less switching: within 5 points of 1 - inference utilization
        assertTrue(r.fractionOfSameAccelerator() > 1 - r.inferenceUtilization() - 0.05, r.toString());
        assertTrue(r.fractionOfSameAccelerator() <= 1 - r.inferenceUtilization() + 1e-3, r.toString());
    }
}
