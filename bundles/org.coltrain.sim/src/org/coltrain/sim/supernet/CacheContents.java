package org.coltrain.sim.supernet;

/** Which weight units are on chip, with the capacity enforced: adding past it is a bug, not a user error. */
final class CacheContents {

    private final long[] unitBytes;
    private final long[] unitElements;
    private final boolean[] cached;
    private final long capacityBytes;
    private long usedBytes;

    CacheContents(SuperNetLayout layout, long[] unitBytes, long capacityBytes) {
        if (capacityBytes < 0) throw new IllegalArgumentException("cache capacity must not be negative");
        this.unitBytes = unitBytes;
        this.capacityBytes = capacityBytes;
        unitElements = new long[layout.unitCount()];
        for (int u = 0; u < unitElements.length; u++) unitElements[u] = layout.unitElements(u);
        cached = new boolean[unitElements.length];
    }

    boolean contains(int unit) { return cached[unit]; }

    boolean fits(int unit) { return usedBytes + unitBytes[unit] <= capacityBytes; }

    long bytes(int unit) { return unitBytes[unit]; }

    int unitCount() { return cached.length; }

    void add(int unit) {
        if (cached[unit]) return;
        if (!fits(unit)) throw new IllegalStateException("weight cache over capacity");
        cached[unit] = true;
        usedBytes += unitBytes[unit];
    }

    void remove(int unit) {
        if (!cached[unit]) return;
        cached[unit] = false;
        usedBytes -= unitBytes[unit];
    }

    void clear() {
        java.util.Arrays.fill(cached, false);
        usedBytes = 0;
    }

    long usedBytes() { return usedBytes; }

    long capacityBytes() { return capacityBytes; }

    /** Cached elements per layer of {@code s}: the sum over its units that are held. */
    void hits(ResolvedSubNet s, long[] out) {
        for (int l = 0; l < s.layerCount(); l++) {
            long sum = 0;
            for (int i = s.firstUnit(l); i < s.endUnit(l); i++) {
                int u = s.unit(i);
                if (cached[u]) sum += unitElements[u];
            }
            out[l] = sum;
        }
    }

    long elements(int unit) { return unitElements[unit]; }
}
