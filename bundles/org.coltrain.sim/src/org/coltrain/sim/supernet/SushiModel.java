package org.coltrain.sim.supernet;

import java.util.ArrayList;
import java.util.List;

/** What every policy of one study shares: the unit layout, each SubNet's timing and the unit sizes. */
public final class SushiModel {

    private final SushiConfig config;
    private final SuperNetLayout layout;
    private final List<SubNetTiming> timings;
    private final long[] unitBytes;

    public SushiModel(SushiConfig config) {
        this.config = config;
        layout = SuperNetLayout.of(config.superNet(), config.subNets());
        List<SubNetTiming> t = new ArrayList<>();
        for (ResolvedSubNet s : layout.subNets()) t.add(new SubNetTiming(config.accelerator(), s, config.activationsOnChip()));
        timings = List.copyOf(t);
        unitBytes = layout.unitBytes(config.accelerator().inferenceEncoding().storageBitsPerElement());
    }

    public SushiConfig config() { return config; }

    public SuperNetLayout layout() { return layout; }

    public SubNetTiming timing(int subNet) { return timings.get(subNet); }

    long[] unitBytes() { return unitBytes; }

    /** Per SubNet and layer, the share of its weight traffic on the critical path (for the SGS policy). */
    double[][] criticalShares() {
        double[][] shares = new double[timings.size()][];
        for (int s = 0; s < shares.length; s++) {
            SubNetTiming t = timings.get(s);
            shares[s] = new double[t.layerCount()];
            for (int l = 0; l < t.layerCount(); l++) shares[s][l] = t.timeCriticalWeightShare(l);
        }
        return shares;
    }

    /** Latency of a SubNet with nothing cached (the timing model's batch-1 latency). */
    public long uncachedLatencyNs(int subNet) {
        return timings.get(subNet).latencyNs(new long[layout.subNets().get(subNet).layerCount()]);
    }

    /** Latency of a SubNet with its own weights pinned in the cache (as far as they fit). */
    public long pinnedLatencyNs(int subNet) {
        ResolvedSubNet s = layout.subNets().get(subNet);
        long[] hits = new long[s.layerCount()];
        new PinnedSubNet(layout, unitBytes, config.cacheCapacityBytes(), s).hits(s, hits);
        return timings.get(subNet).latencyNs(hits);
    }

    /** Total weight bytes of a SubNet at the inference encoding, one copy each. */
    public long weightBytes(int subNet) {
        ResolvedSubNet s = layout.subNets().get(subNet);
        long sum = 0;
        for (int i = 0; i < s.unitCount(); i++) sum += unitBytes[s.unit(i)];
        return sum;
    }
}
