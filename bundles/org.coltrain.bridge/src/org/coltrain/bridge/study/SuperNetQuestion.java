package org.coltrain.bridge.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToSushi;
import org.coltrain.model.Study;
import org.coltrain.model.SuperNetServing;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.StudyTable;
import org.coltrain.sim.supernet.SushiComparison;
import org.coltrain.sim.supernet.SushiModel;
import org.coltrain.sim.supernet.SushiResult;

/** The SuperNet question (SUSHI): SUSHI against each baseline policy on the subject's query stream. */
final class SuperNetQuestion {

    private SuperNetQuestion() {
    }

    static StudyOutcome run(Study study) throws IOException, TraceParseException {
        SuperNetServing serving = (SuperNetServing) study.getSubject();
        List<SushiResult> results = SushiComparison.run(new SushiModel(ModelToSushi.config(serving, null)),
                SushiComparison.standardPolicies(ModelToSushi.sushiPolicy(serving), ModelToSushi.staticSubNet(serving)));
        SushiResult sushi = results.get(results.size() - 1);
        Figures f = new Figures("supernet");
        List<String> deps = List.of(StudyCalibrations.SUSHI_SUBNET_ACCURACY.id());
        List<List<String>> rows = new ArrayList<>();
        for (SushiResult r : results) {
            rows.add(List.of(r.policy(), CapacityQuestion.f("%.1f", r.meanLatencyUs()), CapacityQuestion.f("%.1f", r.p99LatencyUs()),
                    CapacityQuestion.f("%.3f", r.servedAccuracyPercent()), CapacityQuestion.f("%.2f", r.offChipEnergyUjPerQuery()),
                    CapacityQuestion.f("%.4f", r.targetMetFraction())));
            if (r == sushi) continue;
            String s = r.policy().replace('-', '_');
            f.put("latency_change", s, sushi.meanLatencyUs() / r.meanLatencyUs() - 1, deps);
            f.put("p99_change", s, sushi.p99LatencyUs() / r.p99LatencyUs() - 1, deps);
            f.put("accuracy_gain", s, (sushi.servedAccuracyPercent() - r.servedAccuracyPercent()) / 100, deps);
            f.put("offchip_energy_change", s, sushi.offChipEnergyUjPerQuery() / r.offChipEnergyUjPerQuery() - 1, deps);
        }
        StudyTable t = new StudyTable("policies", "Serving policies on the same query stream", List.of("policy",
                "mean_latency_us", "p99_latency_us", "served_accuracy_percent", "offchip_energy_uj_per_query",
                "targets_met"), rows);
        return new StudyOutcome(study.getName(), "supernet", f.check(study), List.of(t),
                List.of("SubNet accuracies are inputs of the model (illustrative), so accuracy_gain depends on them"), null);
    }
}
