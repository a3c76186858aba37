package org.coltrain.bridge.study;

import java.util.List;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Study;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.StudyTable;

/** The cost question: area and peak power of the second design over the first (e.g. HBFP8 over fixed8). */
final class CostQuestion {

    private CostQuestion() {
    }

    static StudyOutcome run(Study study) {
        AcceleratorSpec a = ModelToSim.accelerator(study.getDesigns().get(0));
        AcceleratorSpec b = ModelToSim.accelerator(study.getDesigns().get(1));
        AcceleratorCost ca = CostModel.of(a), cb = CostModel.of(b);
        List<String> deps = StudyCalibrations.costOf(List.of(a, b));
        Figures f = new Figures("cost");
        f.put("power_overhead", "", cb.powerMw() / ca.powerMw() - 1, deps);
        f.put("area_overhead", "", cb.areaMm2() / ca.areaMm2() - 1, deps);
        StudyTable t = new StudyTable("cost", "Cost model area and peak on-chip power", List.of("design", "datapath",
                "area_mm2", "power_w"), List.of(row(a, ca), row(b, cb)));
        return new StudyOutcome(study.getName(), "cost", f.check(study), List.of(t),
                List.of("area and power depend on the cost calibrations " + String.join(", ", deps)
                        + " (coltrain calibrations); none of them was fitted to these figures"), null);
    }

    private static List<String> row(AcceleratorSpec acc, AcceleratorCost c) {
        return List.of(acc.name(), CostModel.datapathEncoding(acc).shortName(), CapacityQuestion.f("%.2f", c.areaMm2()),
                CapacityQuestion.f("%.3f", c.powerMw() / 1e3));
    }
}
