package org.coltrain.sim.array;

import org.coltrain.sim.spec.Dataflow;

/**
 * Timing of one lowered piece of a layer on one accelerator.
 *
 * @param count         independent GEMMs (groups, heads x batch); 0 for vector work
 * @param m             GEMM M of one of the {@code count} products (0 for vector work)
 * @param n             GEMM N (0 for vector work)
 * @param k             GEMM K (0 for vector work)
 * @param macs          useful multiply-accumulates (vector work: element operations)
 * @param folds         array tiles run one after the other on the busiest array (the preemption grain)
 * @param computeCycles cycles the arrays need with operands on chip
 * @param stallCycles   extra cycles waiting for DRAM (roofline: max(0, DRAM cycles - compute cycles))
 * @param totalCycles   compute + stall
 * @param utilization   macs / (PEs x totalCycles); for vector work operations / (lanes x totalCycles)
 * @param energyPj      dynamic (MAC, buffer, DRAM) plus static energy over totalCycles
 */
public record LayerTiming(String layer, Pass pass, int count, long m, long n, long k, Dataflow dataflow, long macs,
        long folds, long computeCycles, long stallCycles, long totalCycles, double utilization, DramTraffic dram,
        double energyPj) {

    public long dramBytes() { return dram.totalBytes(); }
}
