package org.coltrain.sim.llm;

import org.coltrain.sim.array.TimingModel;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Training pieces packed beside an iteration that leaves the arrays or the DRAM partly unused (a memory-bound decode
 * step leaves most of the arrays' compute), as long as the iteration takes at most {@code tolerance} longer than
 * alone, so that the TPOT is protected.
 *
 * <p>The time of an iteration with training beside it is the roofline of the sum (Williams et al., CACM 2009): the
 * summed array compute cycles and the summed DRAM bytes at the bandwidth, each a bound on work sharing the arrays
 * and the DRAM, and neither stream faster than alone (its pieces depend on one another and run in order):
 * max(T_iteration, T_training, C_iteration + C_training, D_iteration + D_training at the bandwidth), where T is a
 * stream's serial time (the sum of its pieces' max(compute, DRAM)), C its compute cycles and D its DRAM bytes, all
 * as the array timing model gives them. With nothing packed this is T_iteration: temporal and overlapped agree.
 *
 * <p>This assumes perfect overlap of two independent streams sharing the arrays, buffers and DRAM: no contention
 * for buffer capacity or DRAM row buffers, no interference in the arrays' issue, free fine-grained interleaving.
 * It is an optimistic bound on what overlap can give training, not a schedule a real accelerator is known to reach;
 * the energy of a packed piece is its energy alone (static energy over both streams' times is counted twice,
 * pessimistic on energy).
 *
 * @param tolerance how much longer, as a fraction of its time alone, an iteration may take with training beside it
 */
public record OverlappedCoLocation(double tolerance) implements CoLocation {

    /** 1%: an iteration, and so the TPOT of its requests, grows by at most a hundredth (a setting, not a measurement). */
    public static final double DEFAULT_TOLERANCE = 0.01;

    public OverlappedCoLocation {
        if (!(tolerance >= 0 && tolerance <= 1)) throw new IllegalArgumentException("overlap tolerance not in [0, 1]");
    }

    @Override public String name() { return "overlapped"; }

    /** Packs pieces in their order while the combined time stays within {@code iteration.cycles() x (1 + tolerance)}. */
    @Override public Packing pack(AcceleratorSpec acc, StepCost iteration, StepCost[] pieces, int next) {
        long limit = (long) Math.floor(iteration.cycles() * (1 + tolerance));
        StepCost packed = StepCost.ZERO;
        long cycles = iteration.cycles();
        int n = 0;
        // at most one step's pieces per iteration (bounds the loop; a step is several iterations long in practice)
        while (n < pieces.length) {
            StepCost more = packed.plus(pieces[(next + n) % pieces.length]);
            long c = combinedCycles(acc, iteration, more);
            if (c > limit) break;
            packed = more;
            cycles = c;
            n++;
        }
        return new Packing(n, cycles);
    }

    /** Cycles of {@code a} and {@code b} run beside each other: the roofline of their sum, and neither faster than alone. */
    public static long combinedCycles(AcceleratorSpec acc, StepCost a, StepCost b) {
        long serial = Math.max(a.cycles(), b.cycles());
        long compute = a.computeCycles() + b.computeCycles();
        long dram = TimingModel.dramCycles(acc, a.dramBytes() + b.dramBytes());
        return Math.max(serial, Math.max(compute, dram));
    }
}
