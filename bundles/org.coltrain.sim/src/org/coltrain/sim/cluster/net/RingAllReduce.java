package org.coltrain.sim.cluster.net;

/**
 * Ring all-reduce: reduce-scatter then all-gather, each p-1 steps in which every rank sends a chunk of n/p bytes to
 * its ring successor (Patarasuk and Yuan, JPDC 69(2), 2009; Thakur, Rabenseifner, Gropp, IJHPCA 19(1), 2005):
 * T = 2(p-1) alpha + 2 (p-1)/p n beta. A step lasts as long as its slowest transfer, so alpha is multiplied by the
 * longest successor distance of the ring order on the topology (1 on a ring or a switch).
 *
 * <p>On a 2D torus the ring runs per dimension (the "2D ring" of Ying et al., arXiv:1811.06992 / Mikami et al.,
 * arXiv:1811.05233): reduce-scatter along the rows (c ranks, n bytes), then along the columns (r ranks, n/c bytes),
 * then the two all-gathers in reverse: T = 2(c-1)(alpha + n/c beta) + 2(r-1)(alpha + n/(rc) beta).
 */
public record RingAllReduce() implements AllReduce {

    @Override public double timeNs(int ranks, double bytes, InterconnectSpec net) {
        if (ranks < 1) throw new IllegalArgumentException("an all-reduce needs at least one rank");
        if (ranks == 1) return 0;
        if (net.topology() == Topology.TORUS_2D) {
            int rows = Topology.torusRows(ranks);
            int cols = ranks / rows;
            return ring(cols, bytes, 1, net) + ring(rows, bytes / cols, 1, net);
        }
        return ring(ranks, bytes, 1, net);
    }

    /** One ring of p ranks over n bytes, each step's transfer crossing {@code hops} links. */
    private static double ring(int p, double bytes, int hops, InterconnectSpec net) {
        if (p == 1) return 0;
        return 2.0 * (p - 1) * net.messageNs(hops, bytes / p);
    }

    /** Each rank to its ring successor; on a 2D torus, within its row, then within its column (row-major ranks). */
    @Override public java.util.List<Transfer> transfers(int ranks, Topology topology) {
        java.util.List<Transfer> out = new java.util.ArrayList<>();
        if (ranks < 2) return out;
        if (topology != Topology.TORUS_2D) {
            for (int r = 0; r < ranks; r++) out.add(new Transfer(r, (r + 1) % ranks, "ring"));
            return out;
        }
        int rows = Topology.torusRows(ranks), cols = ranks / rows;
        if (cols > 1)
            for (int r = 0; r < ranks; r++) out.add(new Transfer(r, r / cols * cols + (r % cols + 1) % cols, "row ring"));
        if (rows > 1)
            for (int r = 0; r < ranks; r++) out.add(new Transfer(r, (r + cols) % ranks, "column ring"));
        return out;
    }

    @Override public String name() { return "ring"; }
}
