package org.coltrain.sim.array;

import java.util.concurrent.ConcurrentHashMap;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Computes each latency table once per (accelerator, network, encoding, maxBatch); the inputs are records, so
 * equal inputs hit the same entry. The owner decides the cache's lifetime (no global state); thread safe.
 */
public final class LatencyTableCache {

    private record Key(AcceleratorSpec accelerator, NetworkSpec network, EncodingSpec encoding, int maxBatch) {
    }

    private final ConcurrentHashMap<Key, LatencyTable> tables = new ConcurrentHashMap<>();

    public LatencyTable get(AcceleratorSpec acc, NetworkSpec net, EncodingSpec encoding, int maxBatch) {
        return tables.computeIfAbsent(new Key(acc, net, encoding, maxBatch),
                key -> LatencyTables.compute(acc, net, encoding, maxBatch));
    }

    public LatencyTable get(AcceleratorSpec acc, NetworkSpec net, int maxBatch) {
        return get(acc, net, acc.inferenceEncoding(), maxBatch);
    }

    /** Number of tables computed so far. */
    public int size() { return tables.size(); }
}
