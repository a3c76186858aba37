package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coltrain.bridge.ModelToMapping;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.Study;
import org.coltrain.sim.mapping.BaselineComparison;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingStudy;
import org.coltrain.sim.study.StudyCalibration;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.StudyTable;

/**
 * The mapping question (ODiMO), as computed by the core for {@code coltrain map}: the paper's comparison first,
 * each heuristic baseline (and the model's given mapping) against the searched mapping at that baseline's own
 * accuracy-proxy drop (subjects: the baseline's label in snake case, e.g. {@code given}, {@code min_latency_layers});
 * then the searched mapping under the model's budget against each single-array mapping ({@code all_first},
 * {@code all_second}), which is not the paper's comparison.
 */
final class MappingQuestion {

    private MappingQuestion() {
    }

    static StudyOutcome run(Study study) {
        MappingStudy m = ModelToMapping.study((ChannelMapping) study.getSubject(), null, null);
        Figures f = new Figures("mapping");
        List<String> deps = StudyCalibrations.MAPPING.stream().map(StudyCalibration::id).toList();
        List<List<String>> rows = new ArrayList<>();
        for (BaselineComparison c : m.comparisons()) {
            String subject = subject(c.baseline().label());
            f.put("energy_change", subject, c.energyChange(), deps);
            f.put("latency_change", subject, c.latencyChange(), deps);
            rows.add(row(subject, "searched at the baseline's drop (" + c.baselineSource() + ")", c.baseline(),
                    c.latencyChange(), c.energyChange()));
        }
        for (Mapping base : List.of(m.allFirst(), m.allSecond())) {
            String subject = base == m.allFirst() ? "all_first" : "all_second";
            double e = m.searched().energyPj() / base.energyPj() - 1, l = m.searched().latencyNs() / base.latencyNs() - 1;
            f.put("energy_change", subject, e, deps);
            f.put("latency_change", subject, l, deps);
            rows.add(row(subject, "searched (" + m.objective().name().toLowerCase(Locale.ROOT) + ", budget "
                    + CapacityQuestion.f("%.2f", m.budget()) + ") against a single array", base, l, e));
        }
        StudyTable t = new StudyTable("mapping", "Searched mappings against each baseline (the paper's comparison: at "
                + "the baseline's own drop; then the budgeted search against the single-array mappings)", List.of(
                        "baseline", "comparison", "baseline_latency_us", "baseline_energy_nj", "baseline_drop",
                        "searched_latency_change", "searched_energy_change"), rows);
        return new StudyOutcome(study.getName(), "mapping", f.check(study), List.of(t),
                List.of("searched under the budget: " + CapacityQuestion.f("%.1f us, %.1f nJ, drop %.3f",
                        m.searched().latencyNs() / 1e3, m.searched().energyPj() / 1e3, m.searched().drop()),
                        "every drop depends on the accuracy proxy's calibrations (MappingCalibrations) and on weight "
                                + "noise measured on the numerics harness's digits CNN"), null);
    }

    private static List<String> row(String subject, String comparison, Mapping base, double latencyChange,
            double energyChange) {
        return List.of(subject, comparison, CapacityQuestion.f("%.1f", base.latencyNs() / 1e3),
                CapacityQuestion.f("%.1f", base.energyPj() / 1e3), CapacityQuestion.f("%.3f", base.drop()),
                CapacityQuestion.f("%.4f", latencyChange), CapacityQuestion.f("%.4f", energyChange));
    }

    /** A baseline's label as a claim subject: {@code min-latency-layers} -> {@code min_latency_layers}. */
    static String subject(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
