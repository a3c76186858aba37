package org.coltrain.sim.array;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * The design-space envelope of the ColTraIn thesis / Equinox: for a fixed area and power budget, every array
 * shape R x C (R, C from the given side lengths) filled with as many arrays as fit, from many small
 * latency-optimal arrays to few large batching-optimised ones. Buffers, clock, DRAM, encodings and dataflow come
 * from the template. Each point reports batch-1 latency and throughput, unconstrained and under a latency SLO.
 */
public final class DesignSpace {

    /** Upper bound on arrays per design, to keep the search finite. */
    public static final int MAX_ARRAYS = 4096;

    private DesignSpace() {
    }

    public static List<DesignPoint> enumerate(AcceleratorSpec template, NetworkSpec net, DesignBudget budget,
            int[] sides, int maxBatch, double sloNs) {
        List<DesignPoint> points = new ArrayList<>();
        for (int rows : sides) {
            for (int cols : sides) {
                int count = largestFittingCount(template, rows, cols, budget);
                if (count == 0) continue;
                AcceleratorSpec acc = ReferenceAccelerators.reshape(template, count, rows, cols, template.dataflow());
                points.add(evaluate(acc, net, maxBatch, sloNs));
            }
        }
        return points;
    }

    /** Area and power grow with the array count, so the largest fitting count is found by bisection. */
    public static int largestFittingCount(AcceleratorSpec template, int rows, int cols, DesignBudget budget) {
        int lo = 0, hi = MAX_ARRAYS;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(ReferenceAccelerators.reshape(template, mid, rows, cols, template.dataflow()), budget)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    static boolean fits(AcceleratorSpec acc, DesignBudget budget) {
        AcceleratorCost cost = CostModel.of(acc);
        return cost.areaMm2() <= budget.areaMm2() && cost.powerMw() <= budget.powerMw();
    }

    static DesignPoint evaluate(AcceleratorSpec acc, NetworkSpec net, int maxBatch, double sloNs) {
        AcceleratorCost cost = CostModel.of(acc);
        LatencyTable table = LatencyTables.compute(acc, net, maxBatch);
        double bestSlo = 0;
        int sloBatch = 0;
        for (int b = 1; b <= maxBatch; b++) {
            double perS = b * 1e9 / table.latencyNs(b);
            if (table.latencyNs(b) <= sloNs && perS > bestSlo) { bestSlo = perS; sloBatch = b; }
        }
        return new DesignPoint(acc.arrayCount(), acc.rows(), acc.cols(), cost.areaMm2(), cost.powerMw(),
                acc.peakMacsPerS(), table.latencyNs(1), table.maxRequestsPerS(maxBatch), table.bestBatch(maxBatch),
                bestSlo, sloBatch);
    }

    /** Prints the points as a table, for the CLI. */
    public static void print(List<DesignPoint> points, PrintWriter out) {
        out.printf("%6s %5s %5s %9s %10s %12s %12s %14s %6s %14s %6s%n", "arrays", "rows", "cols", "area_mm2",
                "power_mw", "peak_tmac_s", "b1_lat_us", "max_req_s", "batch", "slo_req_s", "batch");
        for (DesignPoint p : points)
            out.printf("%6d %5d %5d %9.2f %10.1f %12.3f %12.1f %14.1f %6d %14.1f %6d%n", p.arrayCount(), p.rows(),
                    p.cols(), p.areaMm2(), p.powerMw(), p.peakMacsPerS() / 1e12, p.batch1LatencyNs() / 1e3,
                    p.maxThroughputPerS(), p.maxThroughputBatch(), p.sloThroughputPerS(), p.sloBatch());
        out.flush();
    }
}
