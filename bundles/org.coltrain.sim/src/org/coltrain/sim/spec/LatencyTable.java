package org.coltrain.sim.spec;

/**
 * Service cost of one network on one accelerator: the time and energy of a batch of b requests, b = 1..maxBatch.
 * Computed once by the timing model, consumed by the serving simulator.
 *
 * @param latencyNs index b-1: wall time of a batch of b, in ns
 * @param energyPj  index b-1: energy of a batch of b, in pJ
 */
public record LatencyTable(String network, String accelerator, long[] latencyNs, double[] energyPj) {

    public LatencyTable {
        if (latencyNs.length == 0 || latencyNs.length != energyPj.length)
            throw new IllegalArgumentException("latency and energy tables must be non-empty and of equal length");
        latencyNs = latencyNs.clone();
        energyPj = energyPj.clone();
    }

    public int maxBatch() { return latencyNs.length; }

    public long latencyNs(int batch) { return latencyNs[batch - 1]; }

    public double energyPj(int batch) { return energyPj[batch - 1]; }
}
