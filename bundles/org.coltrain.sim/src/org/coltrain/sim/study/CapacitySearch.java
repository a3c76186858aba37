package org.coltrain.sim.study;

import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.result.ServiceResult;

/**
 * Finds the maximum Poisson request rate a service sustains with its SLO percentile met, by bisection over the
 * rate between 0 and the saturation throughput ({@link ServiceUnderTest#saturationRps}), every probe a serving run
 * with the same seed. A rate is feasible when the run's SLO violation rate (late plus dropped requests) is at most
 * 1 - percentile / 100, i.e. the percentile latency is within the SLO. Deterministic: same inputs, same answer.
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
                if (r.sloMet()) {
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

    /** One serving run of the service alone (and its training jobs) at this rate. */
    public static ServiceResult probe(ServiceUnderTest service, double ratePerS, SearchSettings settings) {
        return ServingSimulation.run(service.config(ratePerS, settings)).service(service.name());
    }
}
