package org.coltrain.sim.serve.metrics;

/** The measured window [startNs, endNs) of simulated time: after the warm-up, before the end of the run. */
public record Window(long startNs, long endNs) {

    public Window {
        if (startNs < 0 || endNs <= startNs) throw new IllegalArgumentException("empty window");
    }

    public boolean contains(long tNs) { return tNs >= startNs && tNs < endNs; }

    /** Length of [fromNs, toNs) inside the window, in ns. */
    public long overlapNs(long fromNs, long toNs) {
        return Math.max(0, Math.min(toNs, endNs) - Math.max(fromNs, startNs));
    }

    public long lengthNs() { return endNs - startNs; }

    public double lengthS() { return lengthNs() / 1e9; }
}
