package org.coltrain.sim.serve.engine;

/** What a fleet observes of each accelerator beyond the shared ledgers (its day curves and its balancers' state). */
public interface NodeListener {

    NodeListener NONE = new NodeListener() {};

    /** An inference batch occupies the accelerator over [fromNs, toNs). */
    default void inference(long fromNs, long toNs) {}

    /** Training occupied the accelerator over [fromNs, toNs) (reported when the chunk ends). */
    default void training(long fromNs, long toNs) {}

    /** A request of {@code service} that arrived at {@code arrivalNs} completed at {@code nowNs}. */
    default void completed(int service, long nowNs, long arrivalNs) {}

    /** {@code batch} requests of {@code service} left accelerator {@code node}. */
    default void left(int node, int service, int batch) {}
}
