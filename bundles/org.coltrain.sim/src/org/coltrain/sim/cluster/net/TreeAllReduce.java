package org.coltrain.sim.cluster.net;

/**
 * Binomial-tree all-reduce: a reduce to rank 0 in ceil(log2 p) rounds, then a broadcast in as many rounds, each
 * round moving the whole vector (Thakur, Rabenseifner, Gropp, IJHPCA 19(1), 2005, section 4):
 * T = 2 ceil(log2 p) (alpha + n beta) on a switch. In round k a rank exchanges with the rank 2^k away, so on a ring
 * or torus alpha is multiplied by that distance in links (cut-through routing, no contention modelled).
 * Latency-bound: better than the ring for small vectors or many ranks, worse for large gradients.
 */
public record TreeAllReduce() implements AllReduce {

    @Override public double timeNs(int ranks, double bytes, InterconnectSpec net) {
        if (ranks < 1) throw new IllegalArgumentException("an all-reduce needs at least one rank");
        double ns = 0;
        for (int step = 1; step < ranks; step <<= 1) {
            // Reduce round and the matching broadcast round: the same pairs, the same distance.
            ns += 2 * net.messageNs(net.topology().hops(0, step, ranks), bytes);
        }
        return ns;
    }

    /** Reduce round k: rank r + 2^k sends to rank r for every r divisible by 2^(k+1); the broadcast reverses them. */
    @Override public java.util.List<Transfer> transfers(int ranks, Topology topology) {
        java.util.List<Transfer> out = new java.util.ArrayList<>();
        int round = 0;
        for (int step = 1; step < ranks; step <<= 1, round++)
            for (int r = 0; r + step < ranks; r += 2 * step) out.add(new Transfer(r + step, r, "round " + round));
        return out;
    }

    @Override public String name() { return "tree"; }
}
