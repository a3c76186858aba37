package org.coltrain.sim.study;

import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.DesignPoint;
import org.coltrain.sim.array.DesignSpace;
import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * How an architect picks a design inside an area and power envelope ({@link DesignSpace}: every R x C array
 * shape from {@code sides}, as many arrays as fit, each dataflow): the lowest batch-1 latency (latency-optimal),
 * the highest SLO capacity under a batching policy (batching-optimised), or the fastest training step per sample
 * (a dedicated training accelerator). Ties keep the first design in enumeration order (dataflow, rows, cols).
 */
public final class DesignChoice {

    private DesignChoice() {
    }

    /** Lowest batch-1 latency of {@code net}. */
    public static AcceleratorSpec latencyOptimal(AcceleratorSpec template, NetworkSpec net, DesignBudget budget,
            int[] sides) {
        AcceleratorSpec best = null;
        double bestNs = Double.MAX_VALUE;
        for (AcceleratorSpec acc : candidates(template, net, budget, sides)) {
            double ns = NetworkTiming.of(acc, net, 1).latencyNs();
            if (ns < bestNs) { bestNs = ns; best = acc; }
        }
        return best;
    }

    /** Highest {@link CapacitySearch} capacity of {@code net} under {@code scheduler} and the SLO. */
    public static AcceleratorSpec capacityOptimal(AcceleratorSpec template, NetworkSpec net, DesignBudget budget,
            int[] sides, Scheduler scheduler, int maxBatch, double sloPercentile, long sloLatencyNs,
            SearchSettings settings) {
        AcceleratorSpec best = null;
        double bestRps = -1;
        for (AcceleratorSpec acc : candidates(template, net, budget, sides)) {
            // A design whose batch 1 misses the SLO has capacity 0; skip its table.
            if (NetworkTiming.of(acc, net, 1).latencyNs() > sloLatencyNs) continue;
            ServiceUnderTest s = new ServiceUnderTest(net.name(), LatencyTables.compute(acc, net, maxBatch), scheduler,
                    maxBatch, sloPercentile, sloLatencyNs, List.of());
            double rps = CapacitySearch.maxRate(s, settings).maxRateRps();
            if (rps > bestRps) { bestRps = rps; best = acc; }
        }
        return best;
    }

    /** Most training samples per second of one step of {@code batch} alone on the accelerator. */
    public static AcceleratorSpec trainingOptimal(AcceleratorSpec template, NetworkSpec net, DesignBudget budget,
            int[] sides, int batch) {
        AcceleratorSpec best = null;
        double bestNs = Double.MAX_VALUE;
        for (AcceleratorSpec acc : candidates(template, net, budget, sides)) {
            double ns = NetworkTiming.trainingStep(acc, net, batch).latencyNs();
            if (ns < bestNs) { bestNs = ns; best = acc; }
        }
        return best;
    }

    /** Every envelope point of every dataflow, as accelerators built from the template. */
    static List<AcceleratorSpec> candidates(AcceleratorSpec template, NetworkSpec net, DesignBudget budget, int[] sides) {
        java.util.ArrayList<AcceleratorSpec> out = new java.util.ArrayList<>();
        for (Dataflow df : Dataflow.values()) {
            AcceleratorSpec t = ReferenceAccelerators.reshape(template, 1, template.rows(), template.cols(), df);
            for (DesignPoint p : DesignSpace.enumerate(t, net, budget, sides, 1, 0))
                out.add(ReferenceAccelerators.reshape(template, p.arrayCount(), p.rows(), p.cols(), df));
        }
        return out;
    }
}
