package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.Candidates;
import org.coltrain.sim.dse.DesignSpaceSpec;
import org.coltrain.sim.dse.Objective;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/** The explore objectives on ResNet-50: analytical bounds never worse than the measured values, a shippable task. */
class ServiceObjectivesTest {

    private static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.STOCHASTIC);
    private static final AcceleratorSpec TEMPLATE = ReferenceAccelerators.costReference(HBFP8);
    private static final List<Objective> ALL = List.of(Objective.CAPACITY, Objective.ENERGY, Objective.TRAINING,
            Objective.AREA, Objective.POWER);

    // ResNet-50 at a 5 ms p99 SLO (the reference design's 100 GB/s DRAM is too slow for the Equinox 500 us), batches up to 64, 20k requests per probe; ResNet-50
    // training at batch 8 co-located at 200 requests/s
    private static final ServiceObjectives OBJECTIVES = new ServiceObjectives(ALL, "resnet", ReferenceNetworks.resnet50(),
            new AdaptiveBatching(), 64, 99, 5_000_000, SearchSettings.DEFAULT.withRequestsPerProbe(20_000),
            new ServiceObjectives.Training("train", ReferenceNetworks.resnet50(), 8, SegmentGranularity.LAYER, 200));

    @Test
    void boundsAreNeverWorseThanTheMeasuredValues() throws Exception {
        // four and eight 128x128 output-stationary arrays in sixteen reference designs' worth of area and power
        DesignSpaceSpec space = new DesignSpaceSpec(List.of(128), List.of(128), List.of(Dataflow.OUTPUT_STATIONARY),
                List.of(TEMPLATE.ifmapBufferBytes() + TEMPLATE.weightBufferBytes() + TEMPLATE.ofmapBufferBytes()),
                List.of(HBFP8), List.of(4, 8), List.of());
        List<Candidate> candidates = Candidates.enumerate(TEMPLATE, space,
                new DesignBudget(16 * CostModel.areaMm2(TEMPLATE), 16 * CostModel.powerMw(TEMPLATE)));
        assertEquals(2, candidates.size());
        double trained = 0;
        for (Candidate c : candidates) {
            double[] bound = OBJECTIVES.optimistic(c), measured = OBJECTIVES.evaluate(c);
            String at = c.arrayCount() + " x " + c.at().key();
            assertTrue(measured[0] <= bound[0] && measured[0] > 0, at + ": capacity " + measured[0] + " bound " + bound[0]);
            assertTrue(measured[1] >= bound[1], at + ": energy " + measured[1] + " bound " + bound[1]);
            assertTrue(measured[2] <= bound[2] && bound[2] <= 1, at + ": training " + measured[2] + " bound " + bound[2]);
            // area and power are the cost model's, exact: the bound is the value (power in W, the candidate's in mW)
            assertEquals(c.areaMm2(), measured[3]);
            assertEquals(bound[3], measured[3]);
            assertEquals(c.powerMw() / 1e3, measured[4]);
            trained = Math.max(trained, measured[2]);
        }
        assertTrue(trained > 0, "no candidate trained at 200 requests/s");
        // the task crosses a process boundary (Spark) and measures the same there
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(OBJECTIVES);
            out.writeObject(candidates.get(0));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ServiceObjectives copy = (ServiceObjectives) in.readObject();
            Candidate c = (Candidate) in.readObject();
            assertEquals(List.of(OBJECTIVES.evaluate(candidates.get(0))[0]), List.of(copy.evaluate(c)[0]));
        }
    }
}
