package org.coltrain.sim.study;

/**
 * The largest Poisson rate a service sustains within its SLO, and the run at that rate.
 *
 * @param maxRateRps        highest probed rate whose SLO percentile was met (0 if even batch 1 misses the SLO)
 * @param upperRateRps      lowest probed rate that missed it (or the saturation bound): the true capacity lies in
 *                          [maxRateRps, upperRateRps) up to sampling noise
 * @param saturationRps     best back-to-back throughput, max over b of b / latency(b)
 * @param latencyAtSloUs    latency at the SLO percentile in the run at {@code maxRateRps}
 * @param p99Us             p99 latency in that run
 * @param meanBatch         mean inference batch in that run
 * @param probes            simulations the search ran
 */
public record Capacity(String service, String scheduler, double sloPercentile, double sloUs, double maxRateRps,
        double upperRateRps, double saturationRps, double latencyAtSloUs, double p99Us, double meanBatch,
        int probes) {
}
