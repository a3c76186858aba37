package org.coltrain.sim.spec;

/**
 * Service cost of one network on one accelerator: the time and energy of a batch of b requests, b = 1..maxBatch.
 * Computed once by the timing model, consumed by the serving simulator.
 *
 * @param latencyNs index b-1: wall time of a batch of b, in ns
 * @param energyPj  index b-1: energy of a batch of b, in pJ
 */
public record LatencyTable(String network, String accelerator, long[] latencyNs, double[] energyPj) implements java.io.Serializable {

    public LatencyTable {
        if (latencyNs.length == 0 || latencyNs.length != energyPj.length)
            throw new IllegalArgumentException("latency and energy tables must be non-empty and of equal length");
        latencyNs = latencyNs.clone();
        energyPj = energyPj.clone();
    }

    public int maxBatch() { return latencyNs.length; }

    public long latencyNs(int batch) { return latencyNs[batch - 1]; }

    public double energyPj(int batch) { return energyPj[batch - 1]; }

    /**
     * The batch of at most {@code maxBatch} that completes the most requests per second back to back,
     * argmax over b of b / latency(b); the smallest such batch on ties. A larger batch is not always faster per
     * request: tiles that fill the arrays at one batch spill into another pass at the next.
     */
    public int bestBatch(int maxBatch) {
        if (maxBatch < 1 || maxBatch > latencyNs.length)
            throw new IllegalArgumentException("max batch " + maxBatch + " not in [1, " + latencyNs.length + "]");
        int best = 1;
        // b / t_b > best / t_best without division: b * t_best > best * t_b, exact in long while b * t < 2^63
        for (int b = 2; b <= maxBatch; b++)
            if ((long) b * latencyNs[best - 1] > (long) best * latencyNs[b - 1]) best = b;
        return best;
    }

    /** Requests per second at {@link #bestBatch}: no arrival rate above it can be served without a growing queue. */
    public double maxRequestsPerS(int maxBatch) {
        int b = bestBatch(maxBatch);
        return b * 1e9 / latencyNs[b - 1];
    }
}
