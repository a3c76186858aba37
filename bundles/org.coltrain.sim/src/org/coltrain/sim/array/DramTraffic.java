package org.coltrain.sim.array;

/** Bytes crossing the DRAM interface per operand: ifmap (left) reads, filter (right) reads, ofmap traffic. */
public record DramTraffic(long ifmapBytes, long filterBytes, long ofmapBytes) {

    public long totalBytes() { return ifmapBytes + filterBytes + ofmapBytes; }
}
