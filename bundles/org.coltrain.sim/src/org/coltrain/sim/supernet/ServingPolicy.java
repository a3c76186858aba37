package org.coltrain.sim.supernet;

/** A way of serving the query stream: how a SubNet is picked per query, and what the weight cache does. */
public sealed interface ServingPolicy {

    String name();

    SubNetScheduler scheduler(SushiModel model);

    WeightCache cache(SushiModel model);

    /** SUSHI: per-query SubNet selection with SubGraph Stationary caching. */
    record Sushi(int window, int updateEvery) implements ServingPolicy {
        @Override public String name() { return "sushi"; }
        @Override public SubNetScheduler scheduler(SushiModel model) { return new SushiSched(); }
        @Override public WeightCache cache(SushiModel model) {
            return new SubGraphStationary(model.layout(), model.unitBytes(), model.config().cacheCapacityBytes(),
                    model.criticalShares(), window, updateEvery);
        }
    }

    /** Baseline: per-query selection, no weight cache. */
    record NoCache() implements ServingPolicy {
        @Override public String name() { return "no-cache"; }
        @Override public SubNetScheduler scheduler(SushiModel model) { return new SushiSched(); }
        @Override public WeightCache cache(SushiModel model) { return new NoCaching(); }
    }

    /** Baseline: per-query selection, LRU weight cache of the same capacity. */
    record Lru() implements ServingPolicy {
        @Override public String name() { return "lru"; }
        @Override public SubNetScheduler scheduler(SushiModel model) { return new SushiSched(); }
        @Override public WeightCache cache(SushiModel model) {
            return new LruCaching(model.layout(), model.unitBytes(), model.config().cacheCapacityBytes());
        }
    }

    /**
     * Baseline: one SubNet for every query with its weights pinned in the cache. {@code subNet} null picks the
     * most accurate SubNet whose pinned latency meets the tightest target the stream can draw (a static deployment
     * must meet every target), or the fastest when none does.
     */
    record Static(String subNet) implements ServingPolicy {
        @Override public String name() { return "static"; }
        @Override public SubNetScheduler scheduler(SushiModel model) { return new StaticSubNet(index(model)); }
        @Override public WeightCache cache(SushiModel model) {
            return new PinnedSubNet(model.layout(), model.unitBytes(), model.config().cacheCapacityBytes(),
                    model.layout().subNets().get(index(model)));
        }

        public int index(SushiModel model) {
            var subs = model.layout().subNets();
            if (subNet != null) {
                for (ResolvedSubNet s : subs) if (s.name().equals(subNet)) return s.index();
                throw new IllegalArgumentException("no SubNet named " + subNet);
            }
            long tightest = model.config().targets().tightestLatencyNs();
            int best = -1, fastest = 0;
            for (ResolvedSubNet s : subs) {
                long lat = model.pinnedLatencyNs(s.index());
                if (lat < model.pinnedLatencyNs(fastest)) fastest = s.index();
                if (lat <= tightest && (best < 0 || s.accuracyPercent() > subs.get(best).accuracyPercent())) best = s.index();
            }
            return best >= 0 ? best : fastest;
        }
    }
}
