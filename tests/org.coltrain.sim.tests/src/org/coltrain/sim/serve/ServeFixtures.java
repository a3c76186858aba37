package org.coltrain.sim.serve;

import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.TrainingProfile;

/** Hand-built latency tables and training profiles from closed forms; never from the timing model. */
public final class ServeFixtures {

    private ServeFixtures() {}

    /** latency(b) = fixed + perSample * b, energy(b) = energyPerSamplePj * b: a weight-load + streaming shape. */
    public static LatencyTable linearTable(String network, long fixedNs, long perSampleNs, int maxBatch, double energyPerSamplePj) {
        long[] latency = new long[maxBatch];
        double[] energy = new double[maxBatch];
        for (int b = 1; b <= maxBatch; b++) {
            latency[b - 1] = fixedNs + perSampleNs * b;
            energy[b - 1] = energyPerSamplePj * b;
        }
        return new LatencyTable(network, "test-accelerator", latency, energy);
    }

    /** Every batch takes the same time: a batch-1-only service for queueing checks. */
    public static LatencyTable constantTable(String network, long latencyNs) {
        return new LatencyTable(network, "test-accelerator", new long[] { latencyNs }, new double[] { 0 });
    }

    /** A training step of {@code segments} equal segments. */
    public static TrainingProfile uniformProfile(String job, int batch, int segments, long segmentNs, double energyPjPerStep) {
        long[] s = new long[segments];
        java.util.Arrays.fill(s, segmentNs);
        return new TrainingProfile(job, "test-accelerator", batch, s, energyPjPerStep);
    }

    public static ServiceSpec service(String name, LatencyTable table, ArrivalProcess arrivals, long sloNs, int priority) {
        return new ServiceSpec(name, table, arrivals, 99.0, sloNs, table.maxBatch(), priority);
    }
}
