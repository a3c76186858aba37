package org.coltrain.sim.cluster.net;

/**
 * The network between the accelerators of a fleet, in the alpha-beta (Hockney) model: a message of m bytes over
 * one link takes {@code linkLatencyNs + m / linkBandwidthBytesPerS} (Hockney, Parallel Computing 20(3), 1994).
 * Every link is full duplex with the same figures.
 */
public record InterconnectSpec(Topology topology, double linkBandwidthBytesPerS, long linkLatencyNs) {

    public InterconnectSpec {
        if (topology == null) throw new IllegalArgumentException("interconnect topology must be given");
        if (!(linkBandwidthBytesPerS > 0)) throw new IllegalArgumentException("link bandwidth must be positive");
        if (linkLatencyNs < 0) throw new IllegalArgumentException("link latency must be non-negative");
    }

    /** Beta of the model: ns per byte on one link. */
    public double nsPerByte() { return 1e9 / linkBandwidthBytesPerS; }

    /** Time of one message of {@code bytes} over {@code hops} links, cut-through: hops x alpha + bytes x beta. */
    public double messageNs(int hops, double bytes) { return hops * (double) linkLatencyNs + bytes * nsPerByte(); }
}
