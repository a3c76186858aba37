package org.coltrain.bridge.results;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import org.coltrain.sim.mapping.BaselineComparison;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingStudy;
import org.coltrain.sim.mapping.SplitSystem;

/** A mapping study as text: the searched mapping layer by layer, then every mapping's totals against the first array. */
public final class MappingSummary {

    private MappingSummary() {
    }

    public static void print(String name, MappingStudy s, Map<String, Double> testAccuracy, PrintWriter out) {
        SplitSystem sys = s.problem().system();
        String a = sys.first().name(), b = sys.second().name();
        out.printf(Locale.ROOT, "%s: %s on %s (%s %s, %s %s), minimise %s, budget %.3f%n", name, s.problem().network(),
                sys.name(), a, sys.first().weights().name(), b, sys.second().weights().name(), s.objective().cliName(), s.budget());
        Mapping m = s.searched();
        out.printf(Locale.ROOT, "%-14s %5s %6s %6s %10s %10s %10s %11s %9s%n", "layer", "Cout", a, b, a + " us", b + " us",
                "layer us", "energy nJ", "proxy");
        for (Mapping.Layer l : m.layers()) {
            var c = l.cost();
            out.printf(Locale.ROOT, "%-14s %5d %6d %6d %10.2f %10.2f %10.2f %11.2f %9.2e%n", c.layer(),
                    c.firstChannels() + c.secondChannels(), c.firstChannels(), c.secondChannels(), c.firstLatencyNs() / 1e3,
                    c.secondLatencyNs() / 1e3, c.latencyNs() / 1e3, c.energyPj() / 1e3, l.proxy());
        }
        out.println();
        boolean accuracy = !testAccuracy.isEmpty();
        printComparisons(s, testAccuracy, out);
        out.println();
        out.printf(Locale.ROOT, "%-18s %11s %9s %11s %9s %7s%s%n", "mapping", "latency us", "vs " + a, "energy nJ", "vs " + a,
                "drop", accuracy ? "  test accuracy" : "");
        for (Mapping x : MappingResults.mappings(s))
            out.printf(Locale.ROOT, "%-18s %11.1f %8.1f%% %11.1f %8.1f%% %7.3f%s%n", x.label(), x.latencyNs() / 1e3,
                    100 * s.latencyChange(x), x.energyPj() / 1e3, 100 * s.energyChange(x), x.drop(),
                    accuracy ? String.format(Locale.ROOT, "  %13.4f", testAccuracy.get(x.label())) : "");
        if (accuracy) out.println("(test accuracy: the numerics harness's digits CNN, each channel's weights stored as mapped)");
        out.printf(Locale.ROOT, "Pareto front (%s vs drop): %d mappings%n", s.objective().cliName(), s.front().size());
    }

    /** The paper's comparison first: each heuristic baseline against the search at the baseline's own drop. */
    private static void printComparisons(MappingStudy s, Map<String, Double> testAccuracy, PrintWriter out) {
        boolean accuracy = !testAccuracy.isEmpty();
        out.println("against the paper's heuristic baselines (ODiMO reports up to -33 % energy and -31 % latency), "
                + "searched at each baseline's drop:");
        out.printf(Locale.ROOT, "%-18s %7s %11s %11s %8s %11s %11s %8s%s%n", "baseline", "drop", "energy nJ",
                "searched", "change", "latency us", "searched", "change", accuracy ? "  test accuracy: baseline, energy, latency" : "");
        for (BaselineComparison c : s.comparisons()) {
            Mapping b = c.baseline();
            out.printf(Locale.ROOT, "%-18s %7.3f %11.1f %11.1f %7.1f%% %11.1f %11.1f %7.1f%%%s%n", b.label(), b.drop(),
                    b.energyPj() / 1e3, c.searchedEnergy().energyPj() / 1e3, 100 * c.energyChange(), b.latencyNs() / 1e3,
                    c.searchedLatency().latencyNs() / 1e3, 100 * c.latencyChange(),
                    accuracy ? String.format(Locale.ROOT, "  %.4f, %.4f, %.4f", testAccuracy.get(b.label()),
                            testAccuracy.get(c.searchedEnergy().label()), testAccuracy.get(c.searchedLatency().label())) : "");
        }
    }
}
