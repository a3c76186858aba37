package org.coltrain.sim.cluster;

import java.util.List;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * {@code count} identical accelerators of one design in a fleet: one latency table per fleet service (in the
 * config's service order; batch energies come from it) and the training job's step on this design.
 *
 * @param training         the data-parallel job's local step on one accelerator of this design; null when the
 *                         fleet trains nothing
 * @param preemptionCostNs time to switch from training to inference, as in the single-accelerator simulator
 * @param idlePowerW       power one accelerator draws while it computes nothing (idle or switching), as there
 */
public record AcceleratorDesign(String name, int count, List<LatencyTable> serviceTables, TrainingProfile training,
        long preemptionCostNs, double idlePowerW) {

    public AcceleratorDesign {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("design name must not be blank");
        if (count < 1) throw new IllegalArgumentException("design " + name + ": count must be at least 1, was " + count);
        serviceTables = List.copyOf(serviceTables);
        if (preemptionCostNs < 0) throw new IllegalArgumentException("design " + name + ": preemption cost must be non-negative");
        if (idlePowerW < 0) throw new IllegalArgumentException("design " + name + ": idle power must be non-negative");
        if (training != null)
            for (long s : training.segmentNs())
                if (s <= 0) throw new IllegalArgumentException("design " + name + ": training segments must last at least 1 ns");
    }

    /** A design that draws no power when idle. */
    public AcceleratorDesign(String name, int count, List<LatencyTable> serviceTables, TrainingProfile training,
            long preemptionCostNs) {
        this(name, count, serviceTables, training, preemptionCostNs, 0);
    }

    public AcceleratorDesign withCount(int newCount) {
        return new AcceleratorDesign(name, newCount, serviceTables, training, preemptionCostNs, idlePowerW);
    }
}
