package org.coltrain.sim.cluster;

import java.util.Arrays;

/**
 * The accelerator with the fewest requests of one service in system, kept as a winner tree over the leaves'
 * keys: O(log n) per change, O(1) to read. Key = (count, serial of the last routing to the leaf), so equal counts
 * go to the least recently chosen accelerator and ties rotate instead of piling onto accelerator 0.
 */
final class LoadIndex {

    private static final int SERIAL_BITS = 40;

    private final int leaves;
    private final long[] key;
    private final int[] winner; // winner[i] for internal node i (1-based heap layout), leaves at leaves + j
    private final int[] count;

    LoadIndex(int n) {
        int p = 1;
        while (p < n) p <<= 1;
        leaves = p;
        key = new long[p];
        count = new int[p];
        Arrays.fill(key, n, p, Long.MAX_VALUE);
        for (int j = 0; j < n; j++) key[j] = j; // serial 0..n-1 at start: ties go in index order first
        winner = new int[2 * p];
        for (int j = 0; j < p; j++) winner[p + j] = j;
        for (int i = p - 1; i >= 1; i--) winner[i] = better(winner[2 * i], winner[2 * i + 1]);
    }

    int leastLoaded() { return winner[1]; }

    /** A request was routed to {@code node}; {@code serial} grows with every routing (below 2^40). */
    void routed(int node, long serial) {
        count[node]++;
        key[node] = ((long) count[node] << SERIAL_BITS) | (serial & ((1L << SERIAL_BITS) - 1));
        update(node);
    }

    /** {@code n} requests left {@code node} (completed or dropped). */
    void left(int node, int n) {
        count[node] -= n;
        key[node] = ((long) count[node] << SERIAL_BITS) | (key[node] & ((1L << SERIAL_BITS) - 1));
        update(node);
    }

    private void update(int node) {
        for (int i = (leaves + node) >>> 1; i >= 1; i >>>= 1) winner[i] = better(winner[2 * i], winner[2 * i + 1]);
    }

    private int better(int a, int b) { return key[b] < key[a] ? b : a; }
}
