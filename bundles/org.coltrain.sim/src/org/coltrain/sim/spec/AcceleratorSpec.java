package org.coltrain.sim.spec;

/**
 * One accelerator: {@code arrayCount} identical systolic arrays sharing the on-chip buffers and DRAM.
 * Units are in the names; all values SI or counts.
 */
public record AcceleratorSpec(String name, int arrayCount, int rows, int cols, Dataflow dataflow, double clockHz,
        long ifmapBufferBytes, long weightBufferBytes, long ofmapBufferBytes, double dramBandwidthBytesPerS,
        long dramCapacityBytes, EncodingSpec inferenceEncoding, EncodingSpec trainingEncoding, CostParams cost) implements java.io.Serializable {

    public AcceleratorSpec {
        if (arrayCount < 1 || rows < 1 || cols < 1) throw new IllegalArgumentException("array shape must be positive");
        if (clockHz <= 0 || dramBandwidthBytesPerS <= 0) throw new IllegalArgumentException("clock and bandwidth must be positive");
    }

    public long peMacs() { return (long) arrayCount * rows * cols; }

    /** Peak multiply-accumulates per second over all arrays. */
    public double peakMacsPerS() { return peMacs() * clockHz; }

    public double cycleNs() { return 1e9 / clockHz; }
}
