package org.coltrain.sim.study;

/**
 * How a study simulates one probe (one arrival rate). Each probe runs long enough for {@code requestsPerProbe}
 * arrivals on average, within bounds: duration = clamp(requestsPerProbe / rate, minDurationNs, maxDurationNs),
 * the first {@code warmupFraction} of it excluded from the metrics. The upper bound keeps runs with co-located
 * training short at low loads, where fine-grained training segments, not requests, make most of the events.
 * Every probe uses the same {@code seed}, so two rates see the same uniform draws (common random numbers):
 * arrival gaps scale with 1/rate and the feasibility of a rate is nearly monotone.
 *
 * @param relativeTolerance bisection stops when the bracket [feasible, infeasible] is narrower than this fraction
 *                          of its upper end; the reported capacity is the feasible end
 * @param preemptionCostNs  switch from training to inference, as {@code ServingConfig.preemptionCostNs}
 * @param unfinishedTolerance a probe that leaves more than this fraction of its window's arrivals unfinished is
 *                          infeasible: its queue grows, whatever the percentile of the completed requests says
 */
public record SearchSettings(long seed, long requestsPerProbe, long minDurationNs, long maxDurationNs,
        double warmupFraction, double relativeTolerance, long preemptionCostNs, double unfinishedTolerance)
        implements java.io.Serializable {

    /**
     * Seed 1; 100 000 requests per probe (1 000 beyond a p99), 10 ms to 100 s simulated; 10% warm-up; 0.5% tolerance;
     * 1 us switch (the CLI's default {@code preemption_cost}); at most 1% of the arrivals unfinished (a stable queue
     * at a sub-millisecond SLO leaves about 1e-5 of a 10^5-request probe's arrivals in flight, a batch of 64 in
     * service 6e-4; an arrival rate 1% above the service's throughput leaves 1%).
     */
    public static final SearchSettings DEFAULT = new SearchSettings(1, 100_000, 10_000_000L, 100_000_000_000L, 0.1,
            0.005, 1_000, 0.01);

    public SearchSettings {
        if (requestsPerProbe < 100) throw new IllegalArgumentException("need at least 100 requests per probe");
        if (minDurationNs <= 0 || maxDurationNs < minDurationNs)
            throw new IllegalArgumentException("need 0 < minimum duration <= maximum duration");
        if (!(warmupFraction >= 0 && warmupFraction < 1))
            throw new IllegalArgumentException("warm-up fraction not in [0, 1)");
        if (!(relativeTolerance > 0 && relativeTolerance < 1))
            throw new IllegalArgumentException("tolerance not in (0, 1)");
        if (preemptionCostNs < 0) throw new IllegalArgumentException("preemption cost must be non-negative");
        if (!(unfinishedTolerance >= 0 && unfinishedTolerance < 1))
            throw new IllegalArgumentException("unfinished tolerance not in [0, 1)");
    }

    /** Simulated length of a probe at this arrival rate, in ns. */
    public long durationNs(double ratePerS) {
        double ns = Math.ceil(requestsPerProbe * 1e9 / ratePerS);
        return (long) Math.min(maxDurationNs, Math.max(minDurationNs, ns));
    }

    public SearchSettings withRequestsPerProbe(long requests) {
        return new SearchSettings(seed, requests, minDurationNs, Math.max(maxDurationNs, minDurationNs),
                warmupFraction, relativeTolerance, preemptionCostNs, unfinishedTolerance);
    }

    public SearchSettings withMaxDurationNs(long ns) {
        return new SearchSettings(seed, requestsPerProbe, minDurationNs, ns, warmupFraction, relativeTolerance,
                preemptionCostNs, unfinishedTolerance);
    }

    public SearchSettings withSeed(long s) {
        return new SearchSettings(s, requestsPerProbe, minDurationNs, maxDurationNs, warmupFraction,
                relativeTolerance, preemptionCostNs, unfinishedTolerance);
    }
}
