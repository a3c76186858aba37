package org.coltrain.sim.study;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures each kind of study computes, declared once (the validator checks claims against them, the runner
 * computes them, the report names them). A metric with subjects (a workload, a policy, a fleet size) is claimed
 * with {@code of SUBJECT}.
 */
public final class StudyMetrics {

    private StudyMetrics() {
    }

    public static List<StudyMetric> of(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "capacity" -> List.of(
                    new StudyMetric("ratio", "x", 1, "capacity of the design under test with its scheduler over the "
                            + "baseline design with its scheduler, of a workload or of the mix"),
                    new StudyMetric("scheduler_factor", "x", 1, "the ratio's part due to the scheduler (baseline design)"),
                    new StudyMetric("design_factor", "x", 1, "the ratio's part due to the design (same scheduler)"));
            case "colocation" -> List.of(
                    new StudyMetric("training_fraction", "fraction", 0, "co-located training samples/s at the highest "
                            + "measured load within the SLO over the dedicated training accelerator's"),
                    new StudyMetric("training_fraction_max", "fraction", 0, "the same at the lowest measured load"));
            case "cost" -> List.of(
                    new StudyMetric("power_overhead", "fraction", 0, "peak power of the second design over the first, minus 1"),
                    new StudyMetric("area_overhead", "fraction", 0, "area of the second design over the first, minus 1"));
            case "accuracy" -> List.of(new StudyMetric("accuracy_drop", "fraction", 0,
                    "FP32 test accuracy minus the encoding's (of ENCODING, e.g. hbfp8)"));
            case "mapping" -> List.of(
                    new StudyMetric("energy_change", "fraction", 0, "energy of the mapping searched at a "
                            + "baseline's own drop over the baseline's, minus 1 (of given or a heuristic's label, e.g. "
                            + "min_latency_layers); of all_first or all_second: the budgeted search over that array alone"),
                    new StudyMetric("latency_change", "fraction", 0, "the same for latency"));
            case "supernet" -> List.of(
                    new StudyMetric("latency_change", "fraction", 0, "SUSHI's mean latency over a baseline's, minus 1 "
                            + "(of no_cache, static or lru)"),
                    new StudyMetric("p99_change", "fraction", 0, "the same for p99 latency"),
                    new StudyMetric("accuracy_gain", "fraction", 0, "SUSHI's served accuracy minus a baseline's"),
                    new StudyMetric("offchip_energy_change", "fraction", 0, "the same as latency_change for off-chip energy"));
            case "scaling" -> List.of(new StudyMetric("scaling_efficiency", "fraction", 0,
                    "samples/s per accelerator at SIZE over the same at the smallest size of the study"));
            default -> List.of();
        };
    }

    public static Optional<StudyMetric> find(String kind, String metric) {
        return of(kind).stream().filter(m -> m.name().equals(metric)).findFirst();
    }
}
