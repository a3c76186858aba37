package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.spec.Dataflow;
import org.junit.jupiter.api.Test;

/** Hand-counted cases of SCALE-Sim v2's analytical model (formulas in SystolicTiming's class comment). */
class SystolicTimingTest {

    @Test
    void outputStationarySingleFoldIsRowsPlusColsPlusKMinusTwo() {
        // OS: (Sr, Sc, T) = (M, N, K) = (4, 4, 8) on 4 x 4: 1 fold x (4 + 4 + 8 - 2) = 14
        assertEquals(14, SystolicTiming.computeCycles(Dataflow.OUTPUT_STATIONARY, 4, 4, 4, 4, 8));
    }

    @Test
    void outputStationaryFoldsMultiplyThePerFoldCycles() {
        // OS: M = 10, N = 6, K = 3 on 4 x 4: ceil(10/4) x ceil(6/4) = 3 x 2 = 6 folds x (4 + 4 + 3 - 2 = 9) = 54
        assertEquals(6, SystolicTiming.folds(Dataflow.OUTPUT_STATIONARY, 4, 4, 10, 6, 3));
        assertEquals(54, SystolicTiming.computeCycles(Dataflow.OUTPUT_STATIONARY, 4, 4, 10, 6, 3));
    }

    @Test
    void weightStationaryPaysRowsCyclesToPreloadEachFold() {
        // WS: (Sr, Sc, T) = (K, N, M) = (4, 4, 5) on 4 x 4: 1 fold x (2x4 + 4 + 5 - 2) = 15
        assertEquals(15, SystolicTiming.computeCycles(Dataflow.WEIGHT_STATIONARY, 4, 4, 5, 4, 4));
        // K = 9, N = 5, M = 7: ceil(9/4) x ceil(5/4) = 3 x 2 = 6 folds x (8 + 4 + 7 - 2 = 17) = 102
        assertEquals(102, SystolicTiming.computeCycles(Dataflow.WEIGHT_STATIONARY, 4, 4, 7, 5, 9));
    }

    @Test
    void inputStationaryMapsOutputRowsOnColumnsAndStreamsFilters() {
        // IS: (Sr, Sc, T) = (K, M, N) = (4, 8, 3) on 4 x 4: 1 x 2 = 2 folds x (8 + 4 + 3 - 2 = 13) = 26
        assertEquals(26, SystolicTiming.computeCycles(Dataflow.INPUT_STATIONARY, 4, 4, 8, 3, 4));
    }

    @Test
    void rectangularArrayUsesRowsForPreloadAndSkew() {
        // WS on 2 rows x 8 cols, M = 3, N = 8, K = 2: 1 fold x (2x2 + 8 + 3 - 2) = 13
        assertEquals(13, SystolicTiming.computeCycles(Dataflow.WEIGHT_STATIONARY, 2, 8, 3, 8, 2));
        // same GEMM on 8 rows x 2 cols: ceil(2/8) x ceil(8/2) = 4 folds x (16 + 2 + 3 - 2 = 19) = 76
        assertEquals(76, SystolicTiming.computeCycles(Dataflow.WEIGHT_STATIONARY, 8, 2, 3, 8, 2));
    }
}
