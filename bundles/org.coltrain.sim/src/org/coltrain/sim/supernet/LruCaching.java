package org.coltrain.sim.supernet;

import java.util.Arrays;

/**
 * Baseline: least-recently-used replacement of weight units. Units are read in execution order; a miss is inserted
 * as it streams in, evicting the least recently used units until it fits (a unit larger than the cache bypasses it).
 * A hit is decided at the moment of the read, so a SubNet larger than the cache can evict its own later units: the
 * classic LRU thrash on a cyclic scan. The scheduler's prediction replays the reads on a copy, so it is exact.
 */
public final class LruCaching implements WeightCache {

    private final State state;
    private final State scratch;

    public LruCaching(SuperNetLayout layout, long[] unitBytes, long capacityBytes) {
        state = new State(new CacheContents(layout, unitBytes, capacityBytes));
        scratch = new State(new CacheContents(layout, unitBytes, capacityBytes));
    }

    @Override public String name() { return "lru"; }

    @Override public long capacityBytes() { return state.contents.capacityBytes(); }

    @Override public long cachedBytes() { return state.contents.usedBytes(); }

    @Override public void hits(ResolvedSubNet s, long[] hitElementsPerLayer) {
        scratch.copyFrom(state);
        scratch.read(s, hitElementsPerLayer);
    }

    @Override public long served(ResolvedSubNet s) {
        state.read(s, null);
        return 0;
    }

    /** Cached units in a doubly linked list over unit indices: head is least, tail most recently used. */
    private static final class State {
        final CacheContents contents;
        final int[] prev;
        final int[] next;
        int head = -1;
        int tail = -1;

        State(CacheContents contents) {
            this.contents = contents;
            prev = new int[contents.unitCount()];
            next = new int[contents.unitCount()];
        }

        void copyFrom(State other) {
            contents.clear();
            for (int u = other.head; u >= 0; u = other.next[u]) contents.add(u);
            System.arraycopy(other.prev, 0, prev, 0, prev.length);
            System.arraycopy(other.next, 0, next, 0, next.length);
            head = other.head;
            tail = other.tail;
        }

        /** Reads s's units in order, updating recency; adds each layer's hit elements to {@code hits} if not null. */
        void read(ResolvedSubNet s, long[] hits) {
            if (hits != null) Arrays.fill(hits, 0, s.layerCount(), 0L);
            for (int l = 0; l < s.layerCount(); l++) {
                for (int i = s.firstUnit(l); i < s.endUnit(l); i++) {
                    int u = s.unit(i);
                    if (contents.contains(u)) {
                        if (hits != null) hits[l] += contents.elements(u);
                        unlink(u);
                        append(u);
                    } else if (contents.bytes(u) <= contents.capacityBytes()) {
                        while (!contents.fits(u)) evictHead();
                        contents.add(u);
                        append(u);
                    }
                }
            }
        }

        private void evictHead() {
            int u = head;
            unlink(u);
            contents.remove(u);
        }

        private void unlink(int u) {
            if (prev[u] >= 0) next[prev[u]] = next[u]; else head = next[u];
            if (next[u] >= 0) prev[next[u]] = prev[u]; else tail = prev[u];
        }

        private void append(int u) {
            prev[u] = tail;
            next[u] = -1;
            if (tail >= 0) next[tail] = u; else head = u;
            tail = u;
        }
    }
}
