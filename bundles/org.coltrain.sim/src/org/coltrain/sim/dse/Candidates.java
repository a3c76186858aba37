package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.DesignSpace;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Every point of a design space that fits an envelope, in a fixed order (encoding, buffers, dataflow, rows, cols):
 * for each combination of coordinates, the template reshaped and filled with the largest number of arrays whose cost
 * model area and peak power fit; combinations where not even one array fits are left out.
 */
public final class Candidates {

    private Candidates() {
    }

    public static List<Candidate> enumerate(AcceleratorSpec template, DesignSpaceSpec space, DesignBudget envelope) {
        List<Candidate> out = new ArrayList<>();
        for (EncodingSpec encoding : space.encodings())
            for (long buffers : space.bufferBytes())
                for (Dataflow dataflow : space.dataflows())
                    for (int rows : space.rows())
                        for (int cols : space.cols()) {
                            DesignCoordinates at = new DesignCoordinates(rows, cols, dataflow, buffers, encoding);
                            AcceleratorSpec one = build(template, at, 1);
                            int count = DesignSpace.largestFittingCount(one, rows, cols, envelope);
                            if (count == 0) continue;
                            AcceleratorSpec acc = build(template, at, count);
                            AcceleratorCost cost = CostModel.of(acc);
                            out.add(new Candidate(at, acc, cost.areaMm2(), cost.powerMw()));
                        }
        return out;
    }

    /** The template with the point's shape, dataflow, buffers (split in the template's proportions) and encoding. */
    public static AcceleratorSpec build(AcceleratorSpec template, DesignCoordinates at, int arrayCount) {
        double total = template.ifmapBufferBytes() + template.weightBufferBytes() + template.ofmapBufferBytes();
        long weight = Math.round(at.bufferBytes() * (template.weightBufferBytes() / total));
        long ofmap = Math.round(at.bufferBytes() * (template.ofmapBufferBytes() / total));
        long ifmap = at.bufferBytes() - weight - ofmap;
        EncodingSpec training = at.encoding().trainable() ? at.encoding() : null;
        return new AcceleratorSpec(template.name() + "-" + arrayCount + "x" + at.key(), arrayCount, at.rows(),
                at.cols(), at.dataflow(), template.clockHz(), ifmap, weight, ofmap, template.dramBandwidthBytesPerS(),
                template.dramCapacityBytes(), at.encoding(), training, template.cost());
    }
}
