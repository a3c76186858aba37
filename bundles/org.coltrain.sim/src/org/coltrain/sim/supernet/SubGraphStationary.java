package org.coltrain.sim.supernet;

import java.util.Arrays;

/**
 * SUSHI's SubGraph Stationary cache as decided by a SushiSched-like policy: every {@code updateEvery} queries the
 * cache is rebuilt from the SubNets served in the last {@code window} queries. Each weight unit gets two scores over
 * those queries: the time it would save, sum of the time-critical share of its layer
 * ({@link SubNetTiming#timeCriticalWeightShare}), and the DRAM bytes it would save, its number of uses. Units are
 * taken by time score, then use score, then execution order, greedily while they fit. Since every SubNet contains
 * the smallest one's prefix, the shared subgraph scores highest and stays. Units the query just served streamed in
 * are captured for free; the rest of a new subgraph is read from DRAM, and those fill bytes are charged to the
 * accelerator's time and energy. Simplification: the time score is linear in the cached bytes of a layer, while the
 * real saving stops once the layer becomes compute-bound.
 */
public final class SubGraphStationary implements WeightCache {

    private final SuperNetLayout layout;
    private final CacheContents contents;
    private final int window;
    private final int updateEvery;
    private final int[] recent;
    private final int[] servedInWindow;
    private final long[] score;
    private final double[] timeScore;
    private final double[][] criticalShare;
    private final boolean[] usedNow;
    private final Integer[] order;
    private long servedCount;

    /** @param criticalShare per SubNet and layer, {@link SubNetTiming#timeCriticalWeightShare} */
    public SubGraphStationary(SuperNetLayout layout, long[] unitBytes, long capacityBytes, double[][] criticalShare,
            int window, int updateEvery) {
        if (window < 1 || updateEvery < 1) throw new IllegalArgumentException("window and update interval must be at least 1");
        this.layout = layout;
        this.contents = new CacheContents(layout, unitBytes, capacityBytes);
        this.window = window;
        this.updateEvery = updateEvery;
        recent = new int[window];
        servedInWindow = new int[layout.subNets().size()];
        score = new long[layout.unitCount()];
        timeScore = new double[layout.unitCount()];
        this.criticalShare = criticalShare;
        usedNow = new boolean[layout.unitCount()];
        order = new Integer[layout.unitCount()];
    }

    @Override public String name() { return "sgs"; }

    @Override public long capacityBytes() { return contents.capacityBytes(); }

    @Override public long cachedBytes() { return contents.usedBytes(); }

    @Override public void hits(ResolvedSubNet s, long[] hitElementsPerLayer) { contents.hits(s, hitElementsPerLayer); }

    @Override public long served(ResolvedSubNet s) {
        int slot = (int) (servedCount % window);
        if (servedCount >= window) servedInWindow[recent[slot]]--;
        recent[slot] = s.index();
        servedInWindow[s.index()]++;
        servedCount++;
        return servedCount % updateEvery == 0 ? rebuild(s) : 0;
    }

    /** Refills the cache from the window's scores; returns the bytes read from DRAM only to fill it. */
    private long rebuild(ResolvedSubNet justServed) {
        Arrays.fill(score, 0);
        Arrays.fill(timeScore, 0);
        for (ResolvedSubNet sub : layout.subNets()) {
            int n = servedInWindow[sub.index()];
            if (n == 0) continue;
            for (int l = 0; l < sub.layerCount(); l++) {
                double share = criticalShare[sub.index()][l];
                for (int i = sub.firstUnit(l); i < sub.endUnit(l); i++) {
                    score[sub.unit(i)] += n;
                    timeScore[sub.unit(i)] += n * share;
                }
            }
        }
        for (int i = 0; i < justServed.unitCount(); i++) usedNow[justServed.unit(i)] = true;
        for (int u = 0; u < order.length; u++) order[u] = u;
        Arrays.sort(order, (a, b) -> timeScore[a] != timeScore[b] ? Double.compare(timeScore[b], timeScore[a])
                : score[a] != score[b] ? Long.compare(score[b], score[a]) : Integer.compare(a, b));
        boolean[] before = new boolean[order.length];
        for (int u = 0; u < before.length; u++) before[u] = contents.contains(u);
        contents.clear();
        long fillBytes = 0;
        for (Integer u : order) {
            if (score[u] == 0) break;
            if (!contents.fits(u)) continue;
            contents.add(u);
            if (!before[u] && !usedNow[u]) fillBytes += contents.bytes(u);
        }
        for (int i = 0; i < justServed.unitCount(); i++) usedNow[justServed.unit(i)] = false;
        return fillBytes;
    }
}
