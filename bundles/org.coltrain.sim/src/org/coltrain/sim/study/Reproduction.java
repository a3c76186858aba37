package org.coltrain.sim.study;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What {@link EquinoxReproduction} measured, and its tables.
 *
 * @param capacities            latency-optimal FIFO, latency-optimal adaptive, batching-optimised FIFO,
 *                              batching-optimised adaptive (in that order)
 * @param throughputRatio       batching-optimised adaptive over latency-optimal FIFO (the paper's 6.67x)
 * @param coLocatedCapacity     the batching-optimised design's capacity with the training job in its idle cycles
 * @param dedicatedSamplesPerS  the training job alone on the dedicated training accelerator
 * @param coLocated             training at fixed loads, then at {@code coLocatedCapacity}
 */
public record Reproduction(List<DesignSummary> designs, List<Capacity> capacities, double throughputRatio,
        Capacity coLocatedCapacity, double dedicatedSamplesPerS, List<CoLocated> coLocated) {

    public Reproduction {
        designs = List.copyOf(designs);
        capacities = List.copyOf(capacities);
        coLocated = List.copyOf(coLocated);
    }

    public Capacity latencyOptimal() { return capacities.get(0); }

    public Capacity batchingOptimised() { return capacities.get(3); }

    /** Training fraction of the dedicated accelerator at the highest load that still met the SLO (NaN if none). */
    public double bestFractionWithinSlo() {
        double best = Double.NaN;
        double bestRate = -1;
        for (CoLocated c : coLocated)
            if (c.sloMet() && c.rateRps() > bestRate) { bestRate = c.rateRps(); best = c.fractionOfDedicated(); }
        return best;
    }

    public void print(PrintWriter out) {
        out.println("Designs (cost model: area, peak power; ResNet-50 batch-1 latency)");
        out.printf(Locale.ROOT, "  %-19s %-17s %-8s %-18s %6s %5s %5s %9s %9s %9s %9s%n", "role", "name", "datapath",
                "dataflow", "arrays", "rows", "cols", "area_mm2", "power_w", "peak_tmac", "b1_us");
        for (DesignSummary d : designs)
            out.printf(Locale.ROOT, "  %-19s %-17s %-8s %-18s %6d %5d %5d %9.2f %9.2f %9.2f %9.1f%n", d.role(), d.name(),
                    d.datapath(), d.dataflow(), d.arrays(), d.rows(), d.cols(), d.areaMm2(), d.powerMw() / 1e3,
                    d.peakTeraMacsPerS(), d.batch1LatencyUs());
        out.println();
        printCapacities(capacities, out);
        out.printf(Locale.ROOT, "  throughput ratio (batching-optimised adaptive / latency-optimal fifo): %.2fx "
                + "(paper: 6.67x)%n%n", throughputRatio);
        out.printf(Locale.ROOT, "Co-located training on the batching-optimised design; dedicated training accelerator "
                + "%.1f samples/s%n", dedicatedSamplesPerS);
        out.printf(Locale.ROOT, "  capacity with training co-located: %.0f req/s (p%.0f %.1f us)%n",
                coLocatedCapacity.maxRateRps(), coLocatedCapacity.sloPercentile(), coLocatedCapacity.latencyAtSloUs());
        printCoLocated(coLocated, out);
        out.printf(Locale.ROOT, "  training at the highest load within the SLO: %.1f%% of dedicated (paper: up to 78%%)%n",
                100 * bestFractionWithinSlo());
        out.flush();
    }

    public static void printCapacities(List<Capacity> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "  %-16s %-9s %12s %12s %12s %9s %9s %6s%n", "service", "scheduler", "max_req_s",
                "bracket_hi", "saturation", "p99_us", "slo_us", "batch");
        for (Capacity c : rows)
            out.printf(Locale.ROOT, "  %-16s %-9s %12.1f %12.1f %12.1f %9.1f %9.1f %6.2f%n", c.service(), c.scheduler(),
                    c.maxRateRps(), c.upperRateRps(), c.saturationRps(), c.p99Us(), c.sloUs(), c.meanBatch());
        out.flush();
    }

    public static void printCoLocated(List<CoLocated> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "  %10s %12s %9s %5s %6s %11s %9s %9s %9s %9s%n", "rate_req_s", "served_req_s", "p99_us",
                "slo", "batch", "train_smp_s", "of_same", "of_dedic", "inf_util", "wait_us");
        for (CoLocated c : rows)
            out.printf(Locale.ROOT, "  %10.1f %12.1f %9.1f %5s %6.2f %11.1f %8.1f%% %8.1f%% %8.1f%% %9.1f%n", c.rateRps(),
                    c.throughputRps(), c.p99Us(), c.sloMet() ? "met" : "MISS", c.meanBatch(), c.samplesPerS(),
                    100 * c.fractionOfSameAccelerator(), 100 * c.fractionOfDedicated(), 100 * c.inferenceUtilization(),
                    c.maxTrainingDelayUs());
        out.flush();
    }
}
