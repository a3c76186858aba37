package org.coltrain.sim.study;

import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.result.ServiceResult;

/**
 * Finds the maximum Poisson request rate a service sustains with its SLO percentile met, by bisection over the
 * rate between 0 and the scheduler's own throughput bound ({@link ServiceUnderTest#saturationRps}: 1 / batch-1
 * latency for FIFO, the best batch's rate for batching policies), every probe a serving run with the same seed.
 * A rate is feasible when the run's SLO is met over all arrivals of its window (late, dropped and unfinished
 * requests older than the SLO are violations; see {@code WindowCounts}) and at most
 * {@link SearchSettings#unfinishedTolerance()} of those arrivals are still unfinished at the end: a probe whose
 * queue grows is infeasible whatever its percentile says. Deterministic: same inputs, same answer.
 *
 * <p>Sampling noise: a probe sees about {@code requestsPerProbe} requests, so the measured tail is an estimate and
 * feasibility can flip near the capacity; common random numbers across probes keep it nearly monotone, and the
 * result is reproducible but carries the noise of one seed (a few per cent at 10^5 requests, see CapacitySearchTest).
 */
public final class CapacitySearch {

    private CapacitySearch() {
    }

    public static Capacity maxRate(ServiceUnderTest service, SearchSettings settings) {
        double saturation = service.saturationRps();
        double lo = 0, hi = saturation;
        ServiceResult best = null;
        int probes = 0;
        // Batch 1 alone already misses the SLO: no rate is feasible.
        if (service.table().latencyNs(1) <= service.sloLatencyNs()) {
            while (hi - lo > settings.relativeTolerance() * hi) {
                double mid = 0.5 * (lo + hi);
                ServiceResult r = probe(service, mid, settings);
                probes++;
                if (feasible(r, settings)) {
                    lo = mid;
                    best = r;
                } else {
                    hi = mid;
                }
            }
        }
        double sloUs = service.sloLatencyNs() / 1e3;
        if (best == null)
            return new Capacity(service.name(), service.scheduler().name(), service.sloPercentile(), sloUs, lo, hi,
                    saturation, Double.NaN, Double.NaN, Double.NaN, probes);
        return new Capacity(service.name(), service.scheduler().name(), service.sloPercentile(), sloUs, lo, hi,
                saturation, best.latencyAtSloPercentileUs(), best.p99Us(), best.meanBatch(), probes);
    }

    /** The SLO is met over every arrival and the backlog left at the end is within the tolerance. */
    static boolean feasible(ServiceResult r, SearchSettings settings) {
        return r.sloMet() && r.counts().unfinishedFraction() <= settings.unfinishedTolerance();
    }

    /** One serving run of the service alone (and its training jobs) at this rate. */
    public static ServiceResult probe(ServiceUnderTest service, double ratePerS, SearchSettings settings) {
        return ServingSimulation.run(service.config(ratePerS, settings)).service(service.name());
    }
}
