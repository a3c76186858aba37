package org.coltrain.sim.array;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;

/** Builds the serving simulator's latency tables: the time and energy of a batch of b, b = 1..maxBatch. */
public final class LatencyTables {

    private LatencyTables() {
    }

    /** Latency (rounded up to whole ns) and energy of every batch size, with the given encoding. */
    public static LatencyTable compute(AcceleratorSpec acc, NetworkSpec net, EncodingSpec encoding, int maxBatch) {
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
        long[] latencyNs = new long[maxBatch];
        double[] energyPj = new double[maxBatch];
        for (int b = 1; b <= maxBatch; b++) {
            NetworkTiming t = NetworkTiming.of(acc, net, b, encoding);
            latencyNs[b - 1] = (long) Math.ceil(t.latencyNs());
            energyPj[b - 1] = t.energyPj();
        }
        return new LatencyTable(net.name(), acc.name(), latencyNs, energyPj);
    }

    /** Same, with the accelerator's inference encoding. */
    public static LatencyTable compute(AcceleratorSpec acc, NetworkSpec net, int maxBatch) {
        return compute(acc, net, acc.inferenceEncoding(), maxBatch);
    }
}
