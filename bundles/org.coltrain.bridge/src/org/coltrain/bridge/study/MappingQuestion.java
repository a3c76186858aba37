package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToMapping;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.Study;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingStudy;
import org.coltrain.sim.study.Calibrations;
import org.coltrain.sim.study.StudyTable;

/** The mapping question (ODiMO): the subject mapping's searched split against its baselines, as computed by the core. */
final class MappingQuestion {

    private MappingQuestion() {
    }

    static StudyOutcome run(Study study) {
        MappingStudy m = ModelToMapping.study((ChannelMapping) study.getSubject(), null, null);
        Figures f = new Figures("mapping");
        List<String> deps = List.of(Calibrations.ODIMO_LAYER_SENSITIVITY.id(), Calibrations.ODIMO_NOISE_FIGURES.id());
        List<List<String>> rows = new ArrayList<>();
        for (Mapping base : baselines(m)) {
            String subject = subject(m, base);
            double e = m.searched().energyPj() / base.energyPj() - 1, l = m.searched().latencyNs() / base.latencyNs() - 1;
            f.put("energy_change", subject, e, deps);
            f.put("latency_change", subject, l, deps);
            rows.add(List.of(subject, base.label(), CapacityQuestion.f("%.1f", base.latencyNs() / 1e3),
                    CapacityQuestion.f("%.1f", base.energyPj() / 1e3), CapacityQuestion.f("%.3f", base.drop()),
                    CapacityQuestion.f("%.4f", l), CapacityQuestion.f("%.4f", e)));
        }
        StudyTable t = new StudyTable("mapping", "Searched mapping (" + m.objective() + ", budget " + m.budget()
                + ") against each baseline", List.of("baseline", "label", "baseline_latency_us", "baseline_energy_nj",
                        "baseline_drop", "searched_latency_change", "searched_energy_change"), rows);
        return new StudyOutcome(study.getName(), "mapping", f.check(study), List.of(t),
                List.of("searched: " + CapacityQuestion.f("%.1f us, %.1f nJ, drop %.3f", m.searched().latencyNs() / 1e3,
                        m.searched().energyPj() / 1e3, m.searched().drop())), null);
    }

    private static List<Mapping> baselines(MappingStudy m) {
        List<Mapping> out = new ArrayList<>(List.of(m.allFirst(), m.allSecond()));
        if (m.given() != null) out.add(m.given());
        return out;
    }

    private static String subject(MappingStudy m, Mapping base) {
        if (base == m.allFirst()) return "all_first";
        if (base == m.allSecond()) return "all_second";
        return "given";
    }
}
