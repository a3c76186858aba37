package org.coltrain.sim.spec;

/**
 * One training step (forward + backward + weight update of a training batch) as a sequence of segments;
 * the scheduler may preempt training only between segments (a layer or a tile, as configured).
 *
 * @param batch             samples per step
 * @param segmentNs         duration of each non-preemptible segment, in order, in ns
 * @param energyPjPerStep   energy of one whole step, in pJ
 */
public record TrainingProfile(String job, String accelerator, int batch, long[] segmentNs, double energyPjPerStep) implements java.io.Serializable {

    public TrainingProfile {
        if (batch < 1 || segmentNs.length == 0) throw new IllegalArgumentException("empty training step");
        segmentNs = segmentNs.clone();
    }

    public long stepNs() {
        long total = 0;
        for (long s : segmentNs) total += s;
        return total;
    }

    public long longestSegmentNs() {
        long max = 0;
        for (long s : segmentNs) max = Math.max(max, s);
        return max;
    }
}
