package org.coltrain.sim.dse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.cost.DramKind;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointFailure;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/** The DRAM range of a design space: keys, canonical text, the candidates' bandwidth and energy, sensitivity. */
class DramRangeTest {

    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
    private static final AcceleratorSpec TEMPLATE = ReferenceAccelerators.costReference(FIXED8);
    private static final long BUFFERS = TEMPLATE.ifmapBufferBytes() + TEMPLATE.weightBufferBytes()
            + TEMPLATE.ofmapBufferBytes();
    private static final DramChoice HBM2_4 = new DramChoice(DramKind.find("hbm2").orElseThrow(), 4);
    private static final DramChoice DDR4_8 = new DramChoice(DramKind.find("ddr4").orElseThrow(), 8);
    private static final DesignBudget ENVELOPE = new DesignBudget(4 * CostModel.areaMm2(TEMPLATE),
            4 * CostModel.powerMw(TEMPLATE));

    private static DesignSpaceSpec space(List<DramChoice> drams) {
        return new DesignSpaceSpec(List.of(64, 128), List.of(128), List.of(Dataflow.WEIGHT_STATIONARY),
                List.of(BUFFERS), List.of(FIXED8), List.of(1, 2), List.of(), drams);
    }

    @Test
    void canonicalTextAndKeyNameTheDramOnlyWhenTheSpaceHasARange() {
        DesignSpaceSpec without = space(List.of());
        // the text a space without the range had before the range existed (what the shipped caches are keyed by)
        assertEquals("rows=[64, 128];cols=[128];dataflows=[WEIGHT_STATIONARY];buffers=[" + BUFFERS + "];encodings="
                + List.of(FIXED8) + ";counts=[1, 2]", without.canonical());
        assertEquals(without.canonical() + ";drams=[hbm2-4stacks, ddr4-8channels]",
                space(List.of(HBM2_4, DDR4_8)).canonical());
        String plain = "64x128/weight-stationary/4MiB/" + FIXED8.shortName() + "/2-arrays";
        assertEquals(plain, new DesignCoordinates(64, 128, Dataflow.WEIGHT_STATIONARY, BUFFERS, FIXED8, 2, 0).key());
        assertEquals(plain + "/hbm2-4stacks",
                new DesignCoordinates(64, 128, Dataflow.WEIGHT_STATIONARY, BUFFERS, FIXED8, 2, 0, HBM2_4).key());
        assertEquals("ddr4-1channel", new DramChoice(DDR4_8.kind(), 1).label());
        assertThrows(IllegalArgumentException.class, () -> new DramChoice(DDR4_8.kind(), 0));
    }

    @Test
    void eachCandidateTakesItsDramsBandwidthAndEnergyAndTheTemplatesCapacity() {
        List<Candidate> without = Candidates.enumerate(TEMPLATE, space(List.of()), ENVELOPE);
        List<Candidate> with = Candidates.enumerate(TEMPLATE, space(List.of(HBM2_4, DDR4_8)), ENVELOPE);
        // the DRAM changes neither area nor peak power of the cost model, so every point fits with both DRAMs
        assertEquals(4, without.size());
        assertEquals(2 * without.size(), with.size());
        assertEquals(8, space(List.of(HBM2_4, DDR4_8)).size());
        assertNull(without.get(0).at().dram());
        assertEquals(TEMPLATE.dramBandwidthBytesPerS(), without.get(0).accelerator().dramBandwidthBytesPerS());
        // DRAM is the innermost range: each point with hbm2 first, then ddr4
        Candidate hbm = with.get(0), ddr = with.get(1);
        assertEquals(HBM2_4, hbm.at().dram());
        assertEquals(DDR4_8, ddr.at().dram());
        // JESD235A: 1024 bits x 2.0 Gb/s = 256 GB/s per stack, x 4 stacks = 1.024 TB/s
        assertEquals(1.024e12, hbm.accelerator().dramBandwidthBytesPerS(), 1);
        // JESD79-4: DDR4-3200, 3200 MT/s x 8 B = 25.6 GB/s per channel, x 8 channels = 204.8 GB/s
        assertEquals(204.8e9, ddr.accelerator().dramBandwidthBytesPerS(), 1);
        // O'Connor et al. 2017: 3.97 pJ/bit x 8 = 31.76 pJ per byte
        assertEquals(31.76, hbm.accelerator().cost().dramEnergyPjPerByte(), 1e-9);
        // [H14] DDR3 1300/64 pJ/bit x (1.2/1.5)^2 x 8 = 20.3125 x 0.64 x 8 = 104.0 pJ per byte
        assertEquals(104.0, ddr.accelerator().cost().dramEnergyPjPerByte(), 1e-9);
        assertEquals(TEMPLATE.dramCapacityBytes(), hbm.accelerator().dramCapacityBytes());
        assertEquals(hbm.areaMm2(), ddr.areaMm2());
    }

    @Test
    void sensitivityCoversTheDramRange() throws PointFailure {
        DesignSpaceSpec space = space(List.of(HBM2_4, DDR4_8));
        List<Candidate> all = Candidates.enumerate(TEMPLATE, space, ENVELOPE);
        ExploreOutcome out = ParetoSearch.run(space, all, new ParetoSearchTest.Pes(), new Strategy.Grid(), 1,
                new InProcessEngine(1), ParetoSearch.Progress.NONE);
        ExploreOutcome.Sensitivity dram = out.sensitivity().stream()
                .filter(s -> s.range().equals("dram") && s.objective() == Objective.AREA).findFirst().orElseThrow();
        assertEquals(List.of("hbm2-4stacks", "ddr4-8channels"), dram.values());
        // area does not depend on the DRAM: both means are the same mean over the same four designs, spread 0
        assertEquals(dram.means()[0], dram.means()[1]);
        assertEquals(0.0, dram.spread());
    }
}
