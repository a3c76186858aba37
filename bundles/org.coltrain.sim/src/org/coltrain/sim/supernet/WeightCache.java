package org.coltrain.sim.supernet;

/**
 * The accelerator's on-chip weight cache (SUSHI's persistent buffer) and the policy that decides what it holds.
 * One implementation per policy; the simulation asks what a SubNet would find cached, then tells what was served.
 */
public sealed interface WeightCache permits NoCaching, PinnedSubNet, LruCaching, SubGraphStationary {

    String name();

    long capacityBytes();

    /** Bytes held now; never above {@link #capacityBytes()}. */
    long cachedBytes();

    /** Weight elements of each layer of {@code s} that it would read from the cache if served next. */
    void hits(ResolvedSubNet s, long[] hitElementsPerLayer);

    /**
     * {@code s} was served, reading what {@link #hits} said; update the cache. Returns the weight bytes read from
     * DRAM only to fill the cache (weights {@code s} itself streamed in are captured on the way, for free).
     */
    long served(ResolvedSubNet s);
}
