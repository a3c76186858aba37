package org.coltrain.sim.study;

import java.util.List;

import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.SearchOutcome;

/**
 * What a {@link CapacityStudy} measured. Capacities are indexed [design][scheduler] in the order of the spec's roles
 * and schedulers. The ratio of a workload is the second design under the second role's scheduler over the first
 * design under the first role's scheduler; it factors exactly into scheduler x design: (first design, second
 * scheduler) / (first design, first scheduler) times (second design, second scheduler) / (first design, second
 * scheduler).
 */
public record CapacityStudyResult(List<Pick> designs, List<WorkloadRow> workloads, WorkloadRow mix,
        List<LoadPoint> loadCurve, List<SloPoint> sloCurve, List<VariantRow> variants, Provenance provenance) {

    /**
     * The design a role's search picked, and how the search went: the hash of its inputs ({@code searchInputs}, in
     * readable form) and how many capacities it read from the cache file, reused within the run or simulated.
     */
    public record Pick(DesignRole role, Candidate design, SearchOutcome search, String searchKey, String searchInputs,
            int capacitiesFromFile, int capacitiesReused, int capacitiesSimulated) {
    }

    /**
     * One workload (or the mix) with its capacities, each scheduler's throughput bound on each design (the best
     * b / latency(b) over the batches it forms: 1 / latency(1) for FIFO; no capacity can exceed it) and the ratio's
     * decomposition. For the mix, every figure is the weighted geometric mean of the workloads'.
     */
    public record WorkloadRow(String workload, double weight, double[] batch1LatencyUs, double[][] capacityRps,
            double[][] saturationRps, double ratio, double schedulerFactor, double designFactor) {
    }

    /** A point of a latency-vs-offered-load curve. */
    public record LoadPoint(String workload, String design, String scheduler, double offeredRps, double throughputRps,
            double p99Us, double sloViolationRate, boolean sloMet) {
    }

    /** The mix's capacity (weighted geometric mean, req/s) of one design and scheduler at one SLO. */
    public record SloPoint(String design, String scheduler, double sloUs, double mixCapacityRps, double mixRatio) {
    }

    /**
     * The mix ratio and each workload's ratio of a variant (the sensitivity band); NaN ratios and no designs when no
     * design of the envelope meets the SLO on every weighted workload under the variant.
     */
    public record VariantRow(String variant, String baselineDesign, String designUnderTest, double mixRatio,
            List<Double> workloadRatios) {
        public VariantRow {
            workloadRatios = List.copyOf(workloadRatios);
        }
    }

    /**
     * Where the study's figures came from: the cache file, how many results were read from it, how many were
     * reused within the run (the same inputs asked again), how many were simulated, and the simulator's fingerprint.
     */
    public record Provenance(String cacheFile, int fromFile, int reused, int simulated, String simulatorFingerprint) {
    }

    public CapacityStudyResult {
        designs = List.copyOf(designs);
        workloads = List.copyOf(workloads);
        loadCurve = List.copyOf(loadCurve);
        sloCurve = List.copyOf(sloCurve);
        variants = List.copyOf(variants);
    }
}
