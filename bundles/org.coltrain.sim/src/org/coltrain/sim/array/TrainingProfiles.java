package org.coltrain.sim.array;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * Builds the serving simulator's view of a training step: its non-preemptible segments in order.
 * LAYER: one segment per lowered piece (forward per layer, then per layer in reverse: backward data, backward
 * weights, update). TILE: each piece cut into its folds (vector work stays whole); a piece's time is spread evenly
 * over its folds, the remainder on the first ones, so the segments sum exactly to the piece's time.
 */
public final class TrainingProfiles {

    private TrainingProfiles() {
    }

    public static TrainingProfile of(String job, AcceleratorSpec acc, NetworkSpec net, int batch,
            SegmentGranularity granularity) {
        NetworkTiming step = NetworkTiming.trainingStep(acc, net, batch);
        int count = 0;
        long[] pieceNs = new long[step.layers().size()];
        long[] pieceSegments = new long[pieceNs.length];
        for (int i = 0; i < pieceNs.length; i++) {
            LayerTiming t = step.layers().get(i);
            pieceNs[i] = Math.max(1, (long) Math.ceil(t.totalCycles() * acc.cycleNs()));
            pieceSegments[i] = granularity == SegmentGranularity.TILE ? Math.min(t.folds(), pieceNs[i]) : 1;
            count = Math.addExact(count, Math.toIntExact(pieceSegments[i]));
        }
        long[] segments = new long[count];
        int s = 0;
        for (int i = 0; i < pieceNs.length; i++) {
            long base = pieceNs[i] / pieceSegments[i], remainder = pieceNs[i] % pieceSegments[i];
            for (long j = 0; j < pieceSegments[i]; j++) segments[s++] = base + (j < remainder ? 1 : 0);
        }
        return new TrainingProfile(job, acc.name(), batch, segments, step.energyPj());
    }
}
