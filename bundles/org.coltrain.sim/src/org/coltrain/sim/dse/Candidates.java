package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.DesignSpace;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.cost.CostOptions;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Every point of a design space that fits an envelope, in a fixed order (encoding, buffers, dataflow, rows, cols,
 * count, clock, DRAM): for each combination of coordinates, the template reshaped and given the point's array count, or
 * without a count range the largest number of arrays whose cost model area and peak power fit; combinations that do
 * not fit (not even one array, or the given count) are left out.
 */
public final class Candidates {

    private static final List<Integer> LARGEST = List.of(0);
    private static final List<Double> TEMPLATE_CLOCK = List.of(0.0);
    private static final List<DramChoice> TEMPLATE_DRAM = java.util.Collections.singletonList(null);

    private Candidates() {
    }

    public static List<Candidate> enumerate(AcceleratorSpec template, DesignSpaceSpec space, DesignBudget envelope) {
        List<Candidate> out = new ArrayList<>();
        List<Integer> counts = space.counts().isEmpty() ? LARGEST : space.counts();
        List<Double> clocks = space.clocksHz().isEmpty() ? TEMPLATE_CLOCK : space.clocksHz();
        List<DramChoice> drams = space.drams().isEmpty() ? TEMPLATE_DRAM : space.drams();
        for (EncodingSpec encoding : space.encodings())
            for (long buffers : space.bufferBytes())
                for (Dataflow dataflow : space.dataflows())
                    for (int rows : space.rows())
                        for (int cols : space.cols())
                            for (int n : counts)
                                for (double clock : clocks)
                                    for (DramChoice dram : drams) {
                                        DesignCoordinates at = new DesignCoordinates(rows, cols, dataflow, buffers,
                                                encoding, n, clock, dram);
                                        Candidate c = fitted(template, at, envelope);
                                        if (c != null) out.add(c);
                                    }
        return out;
    }

    /** The point as a candidate inside the envelope, or null when it does not fit. */
    static Candidate fitted(AcceleratorSpec template, DesignCoordinates at, DesignBudget envelope) {
        int count = at.count();
        if (count == 0) {
            count = DesignSpace.largestFittingCount(build(template, at, 1), at.rows(), at.cols(), envelope);
            if (count == 0) return null;
        }
        AcceleratorSpec acc = build(template, at, count);
        AcceleratorCost cost = CostModel.of(acc);
        if (at.count() > 0 && (cost.areaMm2() > envelope.areaMm2() || cost.powerMw() > envelope.powerMw())) return null;
        return new Candidate(at, acc, cost.areaMm2(), cost.powerMw());
    }

    /**
     * The template with the point's shape, dataflow, buffers (split in the template's proportions), encoding and,
     * when the point has them, clock and DRAM (its kind's bandwidth and energy per byte; the template's capacity).
     */
    public static AcceleratorSpec build(AcceleratorSpec template, DesignCoordinates at, int arrayCount) {
        double total = template.ifmapBufferBytes() + template.weightBufferBytes() + template.ofmapBufferBytes();
        long weight = Math.round(at.bufferBytes() * (template.weightBufferBytes() / total));
        long ofmap = Math.round(at.bufferBytes() * (template.ofmapBufferBytes() / total));
        long ifmap = at.bufferBytes() - weight - ofmap;
        EncodingSpec training = at.encoding().trainable() ? at.encoding() : null;
        double bandwidth = template.dramBandwidthBytesPerS();
        CostParams cost = template.cost();
        if (at.dram() != null) {
            bandwidth = at.dram().bandwidthBytesPerS();
            // the kind's energy per byte (SI: J), as ModelToSim gives an accelerator whose dram names a kind
            cost = CostOptions.apply(cost, Map.of("dram_energy_per_byte", at.dram().kind().energyPjPerByte() * 1e-12));
        }
        return new AcceleratorSpec(template.name() + "-" + arrayCount + "x" + at.key(), arrayCount, at.rows(),
                at.cols(), at.dataflow(), at.clockHz() > 0 ? at.clockHz() : template.clockHz(), ifmap, weight, ofmap,
                bandwidth, template.dramCapacityBytes(), at.encoding(), training, cost);
    }
}
