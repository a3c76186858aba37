package org.coltrain.sim.serve;

import java.util.SplittableRandom;
import org.coltrain.sim.spec.LatencyTable;

/**
 * How long a batch takes on the accelerator. The workbench uses {@link #TABLE}: a batch of b takes exactly the
 * latency table's time, as a real accelerator running a fixed network does. {@link #EXPONENTIAL} draws the time
 * from an exponential law with the table's value as its mean; it exists to check the simulator against M/M/1 and
 * is not a hardware model. Schedulers always plan with the table's value.
 */
public enum ServiceTimeModel {
    TABLE,
    EXPONENTIAL;

    public long batchNs(LatencyTable table, int batch, SplittableRandom rng) {
        long meanNs = table.latencyNs(batch);
        return switch (this) {
            case TABLE -> meanNs;
            // Inversion of the exponential CDF; at least 1 ns so that work always advances time.
            case EXPONENTIAL -> Math.max(1, Math.round(-meanNs * Math.log(1.0 - rng.nextDouble())));
        };
    }
}
