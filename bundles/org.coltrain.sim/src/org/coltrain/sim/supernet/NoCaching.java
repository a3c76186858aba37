package org.coltrain.sim.supernet;

/** Baseline: every weight comes from DRAM on every query (the cache is not used). */
public record NoCaching() implements WeightCache {

    @Override public String name() { return "no-cache"; }

    @Override public long capacityBytes() { return 0; }

    @Override public long cachedBytes() { return 0; }

    @Override public void hits(ResolvedSubNet s, long[] hitElementsPerLayer) {
        java.util.Arrays.fill(hitElementsPerLayer, 0, s.layerCount(), 0L);
    }

    @Override public long served(ResolvedSubNet s) { return 0; }
}
