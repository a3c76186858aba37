package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.LayerSpec.Conv2d;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the timing model over random GEMMs, array shapes, buffers and bandwidths (fixed jqwik seed). */
class TimingPropertiesTest {

    private static AcceleratorSpec acc(Dataflow df, int arrays, int rows, int cols, int bufferKiB, int gbPerS) {
        return TestAccelerators.of(df, arrays, rows, cols, bufferKiB * 1024L, gbPerS * 1e9);
    }

    @Property(tries = 300, seed = "42")
    void cyclesNeverDecreaseWhenAnyGemmDimensionGrows(@ForAll Dataflow df, @ForAll @IntRange(min = 1, max = 4) int arrays,
            @ForAll @IntRange(min = 1, max = 64) int rows, @ForAll @IntRange(min = 1, max = 64) int cols,
            @ForAll @IntRange(min = 1, max = 600) int m, @ForAll @IntRange(min = 1, max = 600) int n,
            @ForAll @IntRange(min = 1, max = 600) int k, @ForAll @IntRange(min = 1, max = 3) int grown,
            @ForAll @IntRange(min = 1, max = 64) int bufferKiB, @ForAll @IntRange(min = 1, max = 100) int gbPerS) {
        AcceleratorSpec a = acc(df, arrays, rows, cols, bufferKiB, gbPerS);
        LayerTiming small = TimingModel.time(a, gemm(m, n, k), TestAccelerators.FIXED8);
        LayerTiming big = TimingModel.time(a, gemm(m + (grown == 1 ? 7 : 0), n + (grown == 2 ? 7 : 0),
                k + (grown == 3 ? 7 : 0)), TestAccelerators.FIXED8);
        // the arrays may trade compute for DRAM traffic when choosing a split, so the total is what must not drop
        assertTrue(big.totalCycles() >= small.totalCycles(), "total cycles");
    }

    @Property(tries = 300, seed = "42")
    void oneArraysComputeCyclesNeverDecreaseWhenAnyDimensionGrows(@ForAll Dataflow df,
            @ForAll @IntRange(min = 1, max = 64) int rows, @ForAll @IntRange(min = 1, max = 64) int cols,
            @ForAll @IntRange(min = 1, max = 600) int m, @ForAll @IntRange(min = 1, max = 600) int n,
            @ForAll @IntRange(min = 1, max = 600) int k) {
        long base = SystolicTiming.computeCycles(df, rows, cols, m, n, k);
        assertTrue(SystolicTiming.computeCycles(df, rows, cols, m + 1, n, k) >= base);
        assertTrue(SystolicTiming.computeCycles(df, rows, cols, m, n + 1, k) >= base);
        assertTrue(SystolicTiming.computeCycles(df, rows, cols, m, n, k + 1) >= base);
    }

    @Property(tries = 100, seed = "42")
    void cyclesNeverDecreaseWhenTheBatchGrows(@ForAll Dataflow df, @ForAll @IntRange(min = 1, max = 32) int batch,
            @ForAll @IntRange(min = 1, max = 64) int channels, @ForAll @IntRange(min = 3, max = 40) int size) {
        AcceleratorSpec a = acc(df, 2, 16, 16, 32, 20);
        Conv2d conv = new Conv2d("c", channels, size, size, 2 * channels, 3, 3, 1, 1, 1);
        long at = TimingModel.time(a, Lowering.forward(conv, batch), TestAccelerators.FIXED8).totalCycles();
        long next = TimingModel.time(a, Lowering.forward(conv, batch + 1), TestAccelerators.FIXED8).totalCycles();
        assertTrue(next >= at);
    }

    @Property(tries = 300, seed = "42")
    void utilizationIsAFractionOfPeak(@ForAll Dataflow df, @ForAll @IntRange(min = 1, max = 8) int arrays,
            @ForAll @IntRange(min = 1, max = 128) int rows, @ForAll @IntRange(min = 1, max = 128) int cols,
            @ForAll @IntRange(min = 1, max = 1000) int m, @ForAll @IntRange(min = 1, max = 1000) int n,
            @ForAll @IntRange(min = 1, max = 1000) int k, @ForAll @IntRange(min = 1, max = 8) int count) {
        AcceleratorSpec a = acc(df, arrays, rows, cols, 64, 50);
        Gemm g = new Gemm("g", Pass.FORWARD, count, m, n, k, (long) m * k, (long) k * n, (long) m * n);
        double u = TimingModel.time(a, g, TestAccelerators.FIXED8).utilization();
        assertTrue(u > 0 && u <= 1, "utilization " + u);
    }

    @Property(tries = 300, seed = "42")
    void dramTrafficIsAtLeastCompulsory(@ForAll Dataflow df, @ForAll @IntRange(min = 1, max = 4) int arrays,
            @ForAll @IntRange(min = 1, max = 64) int rows, @ForAll @IntRange(min = 1, max = 64) int cols,
            @ForAll @IntRange(min = 1, max = 2000) int m, @ForAll @IntRange(min = 1, max = 2000) int n,
            @ForAll @IntRange(min = 1, max = 2000) int k, @ForAll @IntRange(min = 1, max = 256) int bufferKiB) {
        Gemm g = gemm(m, n, k);
        DramTraffic t = TimingModel.time(acc(df, arrays, rows, cols, bufferKiB, 10), g, TestAccelerators.HBFP8).dram();
        DramTraffic floor = MemoryTraffic.compulsory(g, TestAccelerators.HBFP8.storageBitsPerElement());
        assertTrue(t.ifmapBytes() >= floor.ifmapBytes() && t.filterBytes() >= floor.filterBytes()
                && t.ofmapBytes() >= floor.ofmapBytes(), t + " below " + floor);
    }

    @Property(tries = 300, seed = "42")
    void operandsThatFitOnChipAreReadOnce(@ForAll Dataflow df, @ForAll @IntRange(min = 1, max = 4) int arrays,
            @ForAll @IntRange(min = 1, max = 64) int rows, @ForAll @IntRange(min = 1, max = 64) int cols,
            @ForAll @IntRange(min = 1, max = 300) int m, @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 300) int k) {
        // largest operand 300 x 300 x 1 B = 90,000 B: 256 KiB buffers hold each in their usable half
        Gemm g = gemm(m, n, k);
        DramTraffic t = TimingModel.time(acc(df, arrays, rows, cols, 256, 10), g, TestAccelerators.FIXED8).dram();
        assertEquals(MemoryTraffic.compulsory(g, 8), t);
    }

    private static Gemm gemm(long m, long n, long k) {
        return new Gemm("g", Pass.FORWARD, 1, m, n, k, m * k, k * n, m * n);
    }
}
