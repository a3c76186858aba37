package org.coltrain.sim.cluster.balance;

/** What a load balancer may see of the fleet when it routes one request of one service. */
public interface FleetView {

    int accelerators();

    /** Requests of {@code service} waiting at or in service on accelerator {@code node}. */
    int inSystem(int node, int service);

    /**
     * An accelerator with the fewest requests of {@code service} in system; among equals the one chosen least
     * recently, so ties rotate. O(log n): the fleet keeps an index.
     */
    int leastLoaded(int service);

    /**
     * Estimated latency of a request of {@code service} sent to {@code node} now: the time until the accelerator
     * can start it (rest of the running batch or non-preemptible training segment, plus a context switch), plus
     * the batches that drain the requests of this service ahead of it and its own batch, from the node's table.
     */
    long estimatedLatencyNs(int node, int service, long nowNs);

    /** The service's latency SLO in ns. */
    long sloLatencyNs(int service);
}
