package org.coltrain.sim.array;

import static org.coltrain.sim.array.SystolicTiming.ceilDiv;

import org.coltrain.sim.spec.Dataflow;

/**
 * DRAM bytes per operand of one GEMM, given the on-chip buffers and the dataflow's loop order.
 *
 * <p>Double buffering: half of each buffer holds the working set while the other half is refilled, so an operand is
 * "resident" when it fits in half its buffer. Each dataflow runs its folds in SCALE-Sim's order and re-reads a
 * streamed operand once per fold of the dimension it does not depend on, unless the operand is resident:
 * <ul>
 * <li>WS (for each N fold, for each K fold, stream M): filters read once; the ifmap is re-read ceil(N / Cn) times
 *     unless resident; the M x min(N, Cn) partial sums stay in the ofmap buffer across the ceil(K / R) K folds,
 *     or spill: every K fold after the first reads and writes them again (2 ceil(K/R) - 1 passes);
 * <li>IS (for each M fold, for each K fold, stream N): ifmap read once; filters re-read ceil(M / Cm) times unless
 *     resident; partial sums min(M, Cm) x N likewise;
 * <li>OS (for each M fold, for each N fold, stream K): outputs written once; the ifmap rows of one M fold are
 *     re-read ceil(N / Cn) times unless they are resident; filters re-read ceil(M / Rm) times unless resident.
 * </ul>
 * WS and IS may instead tile their streamed operand (ifmap rows for WS, filter columns for IS) into pieces that
 * fit the usable buffer and run every stationary fold over one piece before the next: the streamed operand is
 * then read once and the stationary one once per piece (unless resident); the cheaper order wins, and the
 * partial sums of one piece are what must stay in the ofmap buffer.
 * Cn, Cm, Rm are the fold widths: one array's C or R, times the array count when the arrays split that dimension
 * (they share the buffers and broadcast). Partial sums spill at the output's storage width (optimistic).
 * Every pass count is at least 1, so the traffic is never below the compulsory traffic.
 */
public final class MemoryTraffic {

    private MemoryTraffic() {
    }

    /**
     * @param mArrays arrays splitting M (1 or the array count)
     * @param nArrays arrays splitting N (1 or the array count)
     */
    public static DramTraffic of(Dataflow dataflow, int rows, int cols, int mArrays, int nArrays, Gemm g,
            double bitsPerElement, long ifmapBufferBytes, long filterBufferBytes, long ofmapBufferBytes) {
        long ifmapUsable = ifmapBufferBytes / 2;
        long filterUsable = filterBufferBytes / 2;
        long ofmapUsable = ofmapBufferBytes / 2;
        long m = g.m(), n = g.n(), k = g.k();
        long left = bytes(g.leftElements(), bitsPerElement);
        long right = bytes(g.rightElements(), bitsPerElement);
        long out = bytes(g.outputElements(), bitsPerElement);
        long leftPasses, rightPasses, outPasses;
        switch (dataflow) {
            case WEIGHT_STATIONARY -> {
                long nFold = (long) cols * nArrays;
                long restream = left <= ifmapUsable ? 1 : ceilDiv(n, nFold);
                long tiles = ceilDiv(left, Math.max(1, ifmapUsable));
                long refetch = right <= filterUsable ? 1 : tiles;
                boolean tileM = left + right * refetch < left * restream + right;
                leftPasses = tileM ? 1 : restream;
                rightPasses = tileM ? refetch : 1;
                long rowsPerTile = tileM ? ceilDiv(m, tiles) : m;
                outPasses = spillPasses(bytes(rowsPerTile * Math.min(n, nFold), bitsPerElement), ofmapUsable,
                        ceilDiv(k, rows));
            }
            case INPUT_STATIONARY -> {
                long mFold = (long) cols * mArrays;
                long restream = right <= filterUsable ? 1 : ceilDiv(m, mFold);
                long tiles = ceilDiv(right, Math.max(1, filterUsable));
                long refetch = left <= ifmapUsable ? 1 : tiles;
                boolean tileN = right + left * refetch < right * restream + left;
                leftPasses = tileN ? refetch : 1;
                rightPasses = tileN ? 1 : restream;
                long colsPerTile = tileN ? ceilDiv(n, tiles) : n;
                outPasses = spillPasses(bytes(Math.min(m, mFold) * colsPerTile, bitsPerElement), ofmapUsable,
                        ceilDiv(k, rows));
            }
            default -> {
                long mFold = (long) rows * mArrays;
                long nFold = (long) cols * nArrays;
                long slab = (long) Math.ceil((double) left * Math.min(m, mFold) / m);
                leftPasses = slab <= ifmapUsable ? 1 : ceilDiv(n, nFold);
                rightPasses = right <= filterUsable ? 1 : ceilDiv(m, mFold);
                outPasses = 1;
            }
        }
        return new DramTraffic(g.count() * left * leftPasses, g.count() * right * rightPasses,
                g.count() * out * outPasses);
    }

    /** Compulsory traffic: every distinct element crosses the DRAM interface exactly once. */
    public static DramTraffic compulsory(Gemm g, double bitsPerElement) {
        return new DramTraffic(g.count() * bytes(g.leftElements(), bitsPerElement),
                g.count() * bytes(g.rightElements(), bitsPerElement),
                g.count() * bytes(g.outputElements(), bitsPerElement));
    }

    private static long spillPasses(long partialSumTileBytes, long ofmapUsable, long kFolds) {
        return partialSumTileBytes <= ofmapUsable ? 1 : 2 * kFolds - 1;
    }

    /** Bytes of {@code elements} at {@code bitsPerElement}, rounded up to whole bytes. */
    public static long bytes(long elements, double bitsPerElement) {
        return (long) Math.ceil(elements * bitsPerElement / 8.0);
    }
}
