package org.coltrain.sim.supernet;

/**
 * Baseline cache of a static deployment: one SubNet's weights are loaded once, in execution order while they fit,
 * and never change (the load happens before the run and is not counted).
 */
public final class PinnedSubNet implements WeightCache {

    private final CacheContents contents;

    public PinnedSubNet(SuperNetLayout layout, long[] unitBytes, long capacityBytes, ResolvedSubNet pinned) {
        contents = new CacheContents(layout, unitBytes, capacityBytes);
        for (int i = 0; i < pinned.unitCount(); i++) {
            int u = pinned.unit(i);
            if (contents.fits(u)) contents.add(u);
        }
    }

    @Override public String name() { return "pinned"; }

    @Override public long capacityBytes() { return contents.capacityBytes(); }

    @Override public long cachedBytes() { return contents.usedBytes(); }

    @Override public void hits(ResolvedSubNet s, long[] hitElementsPerLayer) { contents.hits(s, hitElementsPerLayer); }

    @Override public long served(ResolvedSubNet s) { return 0; }
}
