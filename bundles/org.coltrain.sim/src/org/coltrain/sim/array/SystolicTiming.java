package org.coltrain.sim.array;

import org.coltrain.sim.spec.Dataflow;

/**
 * Compute cycles of one GEMM on one R x C systolic array, SCALE-Sim v2's analytical model
 * (Samajdar et al., ISPASS 2020; scalesim/compute/systolic_compute_{os,ws,is}.py and topology_utils.py).
 *
 * <p>A dataflow maps the GEMM (M x K).(K x N) onto two spatial dimensions Sr (array rows), Sc (array columns)
 * and one temporal dimension T: OS (Sr, Sc, T) = (M, N, K); WS = (K, N, M); IS = (K, M, N).
 * The work is cut into folds of R x C; folds run one after the other, each fully drained before the next.
 * Per fold, counted as the rows of SCALE-Sim's demand matrices:
 * <ul>
 * <li>OS: T operand rows + (R - 1) skew of the left edge + (C - 1) drain of the outputs = R + C + T - 2;
 * <li>WS and IS: R cycles to preload the stationary tile, then the same R + C + T - 2 = 2R + C + T - 2.
 * </ul>
 * compute cycles = ceil(Sr / R) x ceil(Sc / C) x cycles per fold.
 */
public final class SystolicTiming {

    private SystolicTiming() {
    }

    /** Spatial rows Sr of the mapping. */
    public static long spatialRows(Dataflow dataflow, long m, long n, long k) {
        return dataflow == Dataflow.OUTPUT_STATIONARY ? m : k;
    }

    /** Spatial columns Sc of the mapping. */
    public static long spatialCols(Dataflow dataflow, long m, long n, long k) {
        return dataflow == Dataflow.INPUT_STATIONARY ? m : n;
    }

    /** Temporal length T of the mapping: the operand vectors streamed through one fold. */
    public static long temporal(Dataflow dataflow, long m, long n, long k) {
        return switch (dataflow) {
            case OUTPUT_STATIONARY -> k;
            case WEIGHT_STATIONARY -> m;
            case INPUT_STATIONARY -> n;
        };
    }

    /** Cycles of one fold with temporal length t (see class comment). */
    public static long foldCycles(Dataflow dataflow, int rows, int cols, long t) {
        long preload = dataflow == Dataflow.OUTPUT_STATIONARY ? 0 : rows;
        return preload + rows + cols + t - 2;
    }

    /** Number of R x C folds: ceil(Sr / R) x ceil(Sc / C). */
    public static long folds(Dataflow dataflow, int rows, int cols, long m, long n, long k) {
        return ceilDiv(spatialRows(dataflow, m, n, k), rows) * ceilDiv(spatialCols(dataflow, m, n, k), cols);
    }

    /** Compute cycles of one GEMM on one array (see class comment). */
    public static long computeCycles(Dataflow dataflow, int rows, int cols, long m, long n, long k) {
        return folds(dataflow, rows, cols, m, n, k) * foldCycles(dataflow, rows, cols, temporal(dataflow, m, n, k));
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
