package org.coltrain.sim.llm;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies, in ms, with the value at the SLO's percentile. */
public record LatencyPercentiles(long count, double p50Ms, double p90Ms, double p99Ms, double atSloPercentileMs)
        implements java.io.Serializable {

    /** Exact nearest-rank percentiles (the ceil(p/100 x n)-th smallest value) of {@code valuesNs[0, n)}. */
    public static LatencyPercentiles of(long[] valuesNs, int n, double sloPercentile) {
        if (n == 0) return new LatencyPercentiles(0, 0, 0, 0, 0);
        long[] v = Arrays.copyOf(valuesNs, n);
        Arrays.sort(v);
        return new LatencyPercentiles(n, rank(v, 50) / 1e6, rank(v, 90) / 1e6, rank(v, 99) / 1e6, rank(v, sloPercentile) / 1e6);
    }

    static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
