package org.coltrain.sim.study;

import java.util.List;
import java.util.Map;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.dse.DesignSpaceSpec;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * The definition of a capacity study (the Equinox question): designs found by a search in {@code space} within
 * {@code envelope} for each role (the first role is the baseline, the second the design under test), each design
 * served by every scheduler, over a weighted workload mix, under one SLO. Capacity is the largest Poisson rate whose
 * SLO percentile is met ({@link CapacitySearch}); the mix's capacity is the weighted geometric mean of the
 * workloads' capacities, so ratios of mixes are weighted geometric means of the workloads' ratios.
 *
 * @param search       settings of the capacity searches inside the design search (part of the definition)
 * @param measure      settings of the capacity figures the study reports
 * @param slosNs       further SLOs for the capacity-vs-SLO curves
 * @param loadFractions offered loads of the latency-vs-load curves, as fractions of each design's capacity
 * @param variants     other templates (e.g. DRAM kinds) and weights for the sensitivity band: search and capacities
 *                     rerun on each
 */
public record CapacityStudySpec(AcceleratorSpec template, DesignSpaceSpec space, DesignBudget envelope,
        List<DesignRole> roles, List<Scheduler> schedulers, List<WorkloadShare> workloads, double sloPercentile,
        long sloNs, int maxBatch, SearchSettings search, SearchSettings measure, List<Long> slosNs,
        List<Double> loadFractions, List<Variant> variants) {

    /**
     * The study again with another template (same space and envelope; null keeps the study's) and other weights for
     * the named workloads (the others keep theirs): one edge of the sensitivity band of a parameter without a source.
     */
    public record Variant(String name, AcceleratorSpec template, Map<String, Double> weights) {
        public Variant {
            weights = Map.copyOf(weights);
        }
    }

    public CapacityStudySpec {
        roles = List.copyOf(roles);
        schedulers = List.copyOf(schedulers);
        workloads = List.copyOf(workloads);
        slosNs = List.copyOf(slosNs);
        loadFractions = List.copyOf(loadFractions);
        variants = List.copyOf(variants);
        if (roles.size() != 2) throw new IllegalArgumentException("a capacity study compares two roles");
        if (workloads.isEmpty()) throw new IllegalArgumentException("a capacity study needs workloads");
        if (maxBatch < 1) throw new IllegalArgumentException("max batch must be positive");
    }

    /** The spec of a variant: its template and weights, no curves and no further variants. */
    public CapacityStudySpec of(Variant v) {
        List<WorkloadShare> w = workloads.stream()
                .map(x -> new WorkloadShare(x.network(), v.weights().getOrDefault(x.name(), x.weight()))).toList();
        return new CapacityStudySpec(v.template() != null ? v.template() : template, space, envelope, roles,
                schedulers, w, sloPercentile, sloNs, maxBatch, search, measure, List.of(), List.of(), List.of());
    }
}
