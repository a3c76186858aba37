package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class DesignSpaceTest {

    private static final AcceleratorSpec TEMPLATE = ReferenceAccelerators.costReference(TestAccelerators.HBFP8);
    // the reference design's own envelope: 1 x 128 x 128 fits by construction
    private static final DesignBudget BUDGET = new DesignBudget(CostModel.areaMm2(TEMPLATE) + 0.01,
            CostModel.powerMw(TEMPLATE) + 1);

    @Test
    void everyPointFitsAndHoldsAsManyArraysAsFit() {
        int[] sides = {16, 32, 64, 128};
        for (int rows : sides) {
            for (int cols : sides) {
                int count = DesignSpace.largestFittingCount(TEMPLATE, rows, cols, BUDGET);
                assertTrue(count >= 1);
                assertTrue(DesignSpace.fits(ReferenceAccelerators.reshape(TEMPLATE, count, rows, cols, TEMPLATE.dataflow()), BUDGET));
                assertFalse(DesignSpace.fits(ReferenceAccelerators.reshape(TEMPLATE, count + 1, rows, cols, TEMPLATE.dataflow()), BUDGET));
            }
        }
    }

    @Test
    void manySmallArraysAndFewLargeOnesShareTheEnvelope() {
        NetworkSpec net = ReferenceNetworks.resnet50();
        List<DesignPoint> points = DesignSpace.enumerate(TEMPLATE, net, BUDGET, new int[] {32, 128}, 8, 5e6);
        assertTrue(points.size() == 4);
        DesignPoint small = points.get(0), large = points.get(3);
        // 16 x fewer PEs per array -> more arrays; same budget -> PE totals within the PE-area share
        assertTrue(small.arrayCount() > large.arrayCount());
        for (DesignPoint p : points) {
            assertTrue(p.areaMm2() <= BUDGET.areaMm2() && p.powerMw() <= BUDGET.powerMw());
            assertTrue(p.maxThroughputPerS() >= 1e9 / p.batch1LatencyNs());
        }
    }
}
