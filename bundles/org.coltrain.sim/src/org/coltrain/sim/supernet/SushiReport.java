package org.coltrain.sim.supernet;

import java.io.PrintWriter;
import java.util.List;

/** The comparison table of SUSHI against its baselines, for the CLI and the example README. */
public final class SushiReport {

    private SushiReport() {
    }

    public static void print(SushiModel model, List<SushiResult> results, PrintWriter out) {
        SushiConfig c = model.config();
        out.printf("%s: %s on %s, weight cache %.0f KiB, activations %s, %d SubNets%n", c.name(), c.superNet().name(),
                c.accelerator().name(), c.cacheCapacityBytes() / 1024.0, c.activationsOnChip() ? "on chip" : "via DRAM",
                c.subNets().size());
        out.printf("%-10s %12s %10s %10s %10s%n", "subnet", "accuracy_%", "latency_us", "pinned_us", "weights_KiB");
        for (ResolvedSubNet s : model.layout().subNets())
            out.printf("%-10s %12.2f %10.1f %10.1f %10.1f%n", s.name(), s.accuracyPercent(),
                    model.uncachedLatencyNs(s.index()) / 1e3, model.pinnedLatencyNs(s.index()) / 1e3,
                    model.weightBytes(s.index()) / 1024.0);
        out.println();
        out.printf("%-9s %-9s %7s %9s %9s %9s %7s %9s %10s %10s %7s %9s %s%n", "policy", "static", "queries", "mean_us",
                "p50_us", "p99_us", "met_%", "acc_%", "wDRAM_KiB", "offchip_uJ", "hit_%", "fill_KiB", "served");
        for (SushiResult r : results)
            out.printf("%-9s %-9s %7d %9.1f %9.1f %9.1f %7.1f %9.3f %10.1f %10.2f %7.1f %9.2f %s%n", r.policy(),
                    r.staticSubNet().isEmpty() ? "-" : r.staticSubNet(), r.queries(), r.meanLatencyUs(),
                    r.p50LatencyUs(), r.p99LatencyUs(), 100 * r.targetMetFraction(), r.servedAccuracyPercent(),
                    r.offChipWeightBytesPerQuery() / 1024, r.offChipEnergyUjPerQuery(), 100 * r.weightHitRate(),
                    r.cacheFillBytesPerQuery() / 1024, r.servedPerSubNet());
        LruThrash thrash = LruThrash.of(model);
        if (thrash.certain() && results.stream().anyMatch(r -> r.policy().equals("lru"))) out.println(thrash.reason());
        SushiResult sushi = results.stream().filter(r -> r.policy().equals("sushi")).findFirst().orElse(null);
        if (sushi == null) return;
        out.println();
        for (SushiResult b : results) {
            if (b == sushi) continue;
            out.printf("sushi vs %-8s mean latency %+6.1f %%, p99 %+6.1f %%, served accuracy %+6.2f points, "
                    + "off-chip energy %+6.1f %%, targets met %+5.1f points%n", b.policy(),
                    change(sushi.meanLatencyUs(), b.meanLatencyUs()), change(sushi.p99LatencyUs(), b.p99LatencyUs()),
                    sushi.servedAccuracyPercent() - b.servedAccuracyPercent(),
                    change(sushi.offChipEnergyUjPerQuery(), b.offChipEnergyUjPerQuery()),
                    100 * (sushi.targetMetFraction() - b.targetMetFraction()));
        }
        out.flush();
    }

    private static double change(double value, double baseline) {
        return baseline == 0 ? 0 : 100 * (value - baseline) / baseline;
    }
}
