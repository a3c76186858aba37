package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.junit.jupiter.api.Test;

class TimingModelTest {

    private static final Gemm GEMM = new Gemm("g", Pass.FORWARD, 1, 8, 8, 4, 32, 32, 64);

    @Test
    void computeBoundLayerHasNoStallAndSystolicUtilization() {
        AcceleratorSpec acc = TestAccelerators.unbounded(Dataflow.OUTPUT_STATIONARY, 1, 4, 4);
        LayerTiming t = TimingModel.time(acc, GEMM, TestAccelerators.FIXED8);
        // OS: M = 8, N = 8, K = 4 on 4 x 4: 2 x 2 folds x (4 + 4 + 4 - 2 = 10) = 40 cycles
        assertEquals(40, t.computeCycles());
        assertEquals(0, t.stallCycles());
        // 8 x 8 x 4 = 256 MACs / (16 PEs x 40 cycles) = 0.4
        assertEquals(0.4, t.utilization(), 1e-12);
    }

    @Test
    void bandwidthBoundLayerStallsUntilItsBytesHaveMoved() {
        // 1 byte per cycle at 1 GHz; 32 + 32 + 64 = 128 compulsory bytes (everything fits on chip) -> 128 cycles
        AcceleratorSpec acc = TestAccelerators.of(Dataflow.OUTPUT_STATIONARY, 1, 4, 4, 1 << 20, 1e9);
        LayerTiming t = TimingModel.time(acc, GEMM, TestAccelerators.FIXED8);
        assertEquals(128, t.totalCycles());
        assertEquals(128 - 40, t.stallCycles());
        assertEquals(128, t.dramBytes());
    }

    @Test
    void arraysSplitTheDimensionThatSavesMostCycles() {
        // WS, 4 arrays of 4 x 4, M = 8, N = 16, K = 4:
        // one array: ceil(4/4) x ceil(16/4) = 4 folds x (8 + 4 + 8 - 2 = 18) = 72
        // split M: 4 folds x (8 + 4 + 2 - 2 = 12) = 48; split N (N = 4 each): 1 fold x 18 = 18 -> N wins
        AcceleratorSpec acc = TestAccelerators.unbounded(Dataflow.WEIGHT_STATIONARY, 4, 4, 4);
        LayerTiming t = TimingModel.time(acc, new Gemm("g", Pass.FORWARD, 1, 8, 16, 4, 32, 64, 128),
                TestAccelerators.FIXED8);
        assertEquals(18, t.computeCycles());
        assertEquals(1, t.folds());
    }

    @Test
    void arraysTakeWholeGroupsWhenThereAreEnough() {
        // 8 depthwise groups of M = 16, N = 1, K = 9 on 4 arrays of 4 x 4 OS: 2 groups per array,
        // each ceil(16/4) x 1 = 4 folds x (4 + 4 + 9 - 2 = 15) = 60 -> 120 cycles (splitting M: 8 x 1 x 15 = 120, tie)
        AcceleratorSpec acc = TestAccelerators.unbounded(Dataflow.OUTPUT_STATIONARY, 4, 4, 4);
        LayerTiming t = TimingModel.time(acc, new Gemm("dw", Pass.FORWARD, 8, 16, 1, 9, 16, 9, 16),
                TestAccelerators.FIXED8);
        assertEquals(120, t.computeCycles());
        assertEquals(8, t.folds());
    }

    @Test
    void vectorWorkRunsOnTheColumnLanes() {
        // 1000 operations on 2 arrays x 4 columns = 8 lanes: ceil(1000 / 8) = 125 cycles
        AcceleratorSpec acc = TestAccelerators.unbounded(Dataflow.WEIGHT_STATIONARY, 2, 4, 4);
        LayerTiming t = TimingModel.time(acc, new VectorWork("add", Pass.FORWARD, 1000, 2000, 1000, 0),
                TestAccelerators.FIXED8);
        assertEquals(125, t.totalCycles());
        assertEquals(3000, t.dramBytes());
    }
}
