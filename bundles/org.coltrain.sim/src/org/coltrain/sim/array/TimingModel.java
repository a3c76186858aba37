package org.coltrain.sim.array;

import static org.coltrain.sim.array.SystolicTiming.ceilDiv;

import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.cost.EnergyModel;
import org.coltrain.sim.cost.MacCost;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Times one piece of work on an accelerator of A identical R x C arrays sharing the buffers and DRAM.
 *
 * <p>Splitting over arrays: the arrays take whole products when there are several (groups, heads), or cut the
 * GEMM's M (rows of the output) or N (columns) into A equal parts; the split with the fewest total cycles
 * (compute or DRAM, whichever binds) wins, then the one with fewer DRAM bytes, then products, M, N in that order. Vector work runs on the A x C column lanes, one element operation per lane
 * per cycle. DRAM transfers overlap compute through double buffering, so
 * total = max(compute, DRAM bytes / bytes per cycle) (roofline) and stall = total - compute.
 */
public final class TimingModel {

    private TimingModel() {
    }

    /**
     * The accelerator's figures every layer's energy uses: its static power and the energy of one MAC in the
     * encoding. Deriving them (the cost model's exponent paths) costs more than timing a layer, so a caller timing
     * many layers of one accelerator and encoding computes them once ({@link #time(AcceleratorSpec, Work,
     * EncodingSpec, EnergyRates)}).
     */
    public record EnergyRates(double staticPowerMw, double macEnergyPj) {
        public static EnergyRates of(AcceleratorSpec acc, EncodingSpec encoding) {
            return new EnergyRates(CostModel.of(acc).staticPowerMw(), MacCost.of(encoding, acc.cost()).energyPj());
        }
    }

    public static LayerTiming time(AcceleratorSpec acc, Work work, EncodingSpec encoding) {
        return time(acc, work, encoding, EnergyRates.of(acc, encoding));
    }

    /** The same with the accelerator's energy rates for {@code encoding} given ({@link EnergyRates#of}). */
    public static LayerTiming time(AcceleratorSpec acc, Work work, EncodingSpec encoding, EnergyRates rates) {
        return switch (work) {
            case Gemm g -> gemm(acc, g, encoding, rates);
            case VectorWork v -> vector(acc, v, encoding, rates);
        };
    }

    private static LayerTiming gemm(AcceleratorSpec acc, Gemm g, EncodingSpec encoding, EnergyRates rates) {
        Dataflow df = acc.dataflow();
        int rows = acc.rows(), cols = acc.cols(), arrays = acc.arrayCount();
        long m = g.m(), n = g.n(), k = g.k();
        double bits = encoding.storageBitsPerElement();
        // option 1: whole products per array
        long products = ceilDiv(g.count(), arrays);
        Split best = split(acc, g, bits, products * SystolicTiming.computeCycles(df, rows, cols, m, n, k),
                products * SystolicTiming.folds(df, rows, cols, m, n, k), 1, 1);
        if (arrays > 1) {
            long mm = ceilDiv(m, arrays), nn = ceilDiv(n, arrays);
            Split byM = split(acc, g, bits, g.count() * SystolicTiming.computeCycles(df, rows, cols, mm, n, k),
                    g.count() * SystolicTiming.folds(df, rows, cols, mm, n, k), arrays, 1);
            Split byN = split(acc, g, bits, g.count() * SystolicTiming.computeCycles(df, rows, cols, m, nn, k),
                    g.count() * SystolicTiming.folds(df, rows, cols, m, nn, k), 1, arrays);
            if (byM.better(best)) best = byM;
            if (byN.better(best)) best = byN;
        }
        long total = best.totalCycles();
        long macs = g.macs();
        double utilization = (double) macs / ((double) acc.peMacs() * total);
        double energy = gemmEnergyPj(acc, g, encoding, rates, best.dram().totalBytes(), total);
        return new LayerTiming(g.layer(), g.pass(), g.count(), m, n, k, df, macs, best.folds(), best.computeCycles(),
                total - best.computeCycles(), total, utilization, best.dram(), energy);
    }

    /** One way to spread a GEMM over the arrays, with its roofline time. */
    private record Split(long computeCycles, long folds, DramTraffic dram, long totalCycles) {
        /** Fewer total cycles, then fewer DRAM bytes; ties keep the earlier option. */
        boolean better(Split other) {
            if (totalCycles != other.totalCycles) return totalCycles < other.totalCycles;
            return dram.totalBytes() < other.dram.totalBytes();
        }
    }

    private static Split split(AcceleratorSpec acc, Gemm g, double bits, long compute, long folds, int mArrays,
            int nArrays) {
        DramTraffic dram = MemoryTraffic.of(acc.dataflow(), acc.rows(), acc.cols(), mArrays, nArrays, g, bits,
                acc.ifmapBufferBytes(), acc.weightBufferBytes(), acc.ofmapBufferBytes());
        return new Split(compute, folds, dram, Math.max(compute, dramCycles(acc, dram.totalBytes())));
    }

    /**
     * Buffer accesses per product, from the fold structure (SCALE-Sim's SRAM read/write counts): the left edge
     * streams T x Sr elements per column fold, the other edge T x Sc per row fold, and the stationary tiles
     * Sr x Sc once. OS writes its stationary outputs; WS and IS write the partial sums leaving the bottom edge.
     */
    private static double gemmEnergyPj(AcceleratorSpec acc, Gemm g, EncodingSpec encoding, EnergyRates rates,
            long dramBytes, long totalCycles) {
        Dataflow df = acc.dataflow();
        long m = g.m(), n = g.n(), k = g.k();
        long sr = SystolicTiming.spatialRows(df, m, n, k), sc = SystolicTiming.spatialCols(df, m, n, k);
        long t = SystolicTiming.temporal(df, m, n, k);
        double leftEdge = (double) t * sr * ceilDiv(sc, acc.cols());
        double otherEdge = (double) t * sc * ceilDiv(sr, acc.rows());
        double stationary = (double) sr * sc;
        boolean os = df == Dataflow.OUTPUT_STATIONARY;
        double bytesPerElement = encoding.storageBitsPerElement() / 8.0;
        double reads = g.count() * (leftEdge + (os ? otherEdge : stationary)) * bytesPerElement;
        double writes = g.count() * (os ? stationary : otherEdge) * bytesPerElement;
        double timeNs = totalCycles * acc.cycleNs();
        return EnergyModel.energyPj(acc.cost(), rates.macEnergyPj(), g.macs(), reads, writes, dramBytes,
                rates.staticPowerMw(), timeNs);
    }

    private static LayerTiming vector(AcceleratorSpec acc, VectorWork v, EncodingSpec encoding, EnergyRates rates) {
        long lanes = (long) acc.arrayCount() * acc.cols();
        long compute = ceilDiv(v.operations(), lanes);
        double bits = v.elementBits() > 0 ? v.elementBits() : encoding.storageBitsPerElement();
        DramTraffic dram = new DramTraffic(MemoryTraffic.bytes(v.inputElements(), bits), 0,
                MemoryTraffic.bytes(v.outputElements(), bits));
        long total = Math.max(compute, dramCycles(acc, dram.totalBytes()));
        double utilization = (double) v.operations() / ((double) lanes * total);
        double energy = v.operations() * EnergyModel.vectorOpEnergyPj(acc.cost())
                + dram.ifmapBytes() * acc.cost().sramReadEnergyPjPerByte()
                + dram.ofmapBytes() * acc.cost().sramWriteEnergyPjPerByte()
                + dram.totalBytes() * acc.cost().dramEnergyPjPerByte()
                + rates.staticPowerMw() * total * acc.cycleNs();
        return new LayerTiming(v.layer(), v.pass(), 0, 0, 0, 0, acc.dataflow(), v.operations(), 1, compute,
                total - compute, total, utilization, dram, energy);
    }

    /** Cycles to move {@code bytes} at the DRAM bandwidth: ceil(bytes / (bandwidth / clock)). */
    public static long dramCycles(AcceleratorSpec acc, long bytes) {
        return (long) Math.ceil(bytes * acc.clockHz() / acc.dramBandwidthBytesPerS());
    }
}
