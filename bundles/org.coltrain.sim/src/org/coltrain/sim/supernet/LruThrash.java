package org.coltrain.sim.supernet;

/**
 * When LRU cannot hit at all. Every SubNet reads the units they all share, and reads units in one order (execution
 * order, the layout's numbering). Between two reads of any unit, by one query and a later one, every other shared
 * unit is read; LRU keeps only the most recently read units, so when the shared units that fit the cache exceed it,
 * the unit is evicted before it is read again. A cyclic scan larger than the cache: 0 hits, whatever the stream.
 *
 * @param sharedBytes   weight bytes of the units every SubNet reads, counting only units no larger than the cache
 *                      (larger ones bypass it)
 * @param capacityBytes the cache's capacity
 */
public record LruThrash(long sharedBytes, long capacityBytes) {

    public static LruThrash of(SushiModel model) {
        SuperNetLayout layout = model.layout();
        long[] bytes = model.unitBytes();
        int[] readers = new int[layout.unitCount()];
        for (ResolvedSubNet s : layout.subNets())
            for (int i = 0; i < s.unitCount(); i++) readers[s.unit(i)]++;
        long capacity = model.config().cacheCapacityBytes(), shared = 0;
        for (int u = 0; u < readers.length; u++)
            if (readers[u] == layout.subNets().size() && bytes[u] <= capacity) shared += bytes[u];
        return new LruThrash(shared, capacity);
    }

    /** True when LRU's weight hit rate is exactly 0 by the argument above. */
    public boolean certain() {
        return sharedBytes > capacityBytes;
    }

    /** The reason, in one sentence, for the report. */
    public String reason() {
        return String.format(java.util.Locale.ROOT, "lru hits 0 %% by construction: the %.0f KiB of weights every SubNet "
                + "reads exceed the %.0f KiB cache and every query reads them in the same order, so LRU evicts each "
                + "unit before its next read (a cyclic scan larger than the cache)", sharedBytes / 1024.0,
                capacityBytes / 1024.0);
    }
}
