package org.coltrain.sim.cluster.net;

/**
 * How the accelerators of a fleet are wired. Ranks are numbered 0..n-1; {@link #hops} is the number of links a
 * message between two ranks crosses on a shortest path, which multiplies the per-link latency in the alpha-beta
 * model. Link contention between simultaneous messages is not modelled (the all-reduce schedules below keep every
 * link to one message per step on the topologies they are meant for).
 */
public enum Topology {
    /** Each rank linked to its two neighbours, i-1 and i+1 modulo n. */
    RING,
    /** Every rank one hop from every other (a non-blocking switch, or fully connected links). */
    SWITCH,
    /** A rows x cols grid with wrap-around links in both dimensions, ranks row-major; see {@link #torusRows}. */
    TORUS_2D;

    /** Links crossed between ranks {@code a} and {@code b} of an {@code n}-rank fleet. */
    public int hops(int a, int b, int n) {
        if (a == b) return 0;
        return switch (this) {
            case RING -> ringDistance(a, b, n);
            case SWITCH -> 1;
            case TORUS_2D -> {
                int cols = n / torusRows(n);
                yield ringDistance(a / cols, b / cols, n / cols) + ringDistance(a % cols, b % cols, cols);
            }
        };
    }

    /** Rows of the most nearly square rows x cols factorisation of n with rows <= cols (1 x n for a prime n). */
    public static int torusRows(int n) {
        int rows = (int) Math.floor(Math.sqrt(n));
        while (n % rows != 0) rows--;
        return rows;
    }

    private static int ringDistance(int a, int b, int n) {
        int d = Math.abs(a - b);
        return Math.min(d, n - d);
    }

    /** Lower-case name used by the DSL and the CLI: ring, switch, torus2d. */
    public String shortName() {
        return switch (this) {
            case RING -> "ring";
            case SWITCH -> "switch";
            case TORUS_2D -> "torus2d";
        };
    }
}
