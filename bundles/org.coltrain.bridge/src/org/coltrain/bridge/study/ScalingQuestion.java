package org.coltrain.bridge.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToCluster;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Cluster;
import org.coltrain.model.Study;
import org.coltrain.sim.cluster.ClusterStudies;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.study.StudyTable;

/**
 * The scaling question: the subject cluster's first design replicated at each size (weak scaling, as
 * {@link ClusterStudies#scaling}); efficiency at a size is relative to the smallest size of the study.
 */
final class ScalingQuestion {

    private ScalingQuestion() {
    }

    static StudyOutcome run(Study study) throws IOException, TraceParseException, PolicyException {
        List<ClusterStudies.ScalingPoint> points = ClusterStudies.scaling(
                new ModelToCluster().config((Cluster) study.getSubject(), null), study.getSizes());
        ClusterStudies.ScalingPoint base = points.get(0);
        Figures f = new Figures("scaling");
        List<List<String>> rows = new ArrayList<>();
        for (ClusterStudies.ScalingPoint p : points) {
            double e = p.scalingEfficiency() / base.scalingEfficiency();
            f.put("scaling_efficiency", Integer.toString(p.accelerators()), e, List.of());
            rows.add(List.of(Integer.toString(p.accelerators()), CapacityQuestion.f("%.1f", p.samplesPerS()),
                    CapacityQuestion.f("%.4f", p.scalingEfficiency()), CapacityQuestion.f("%.4f", e),
                    CapacityQuestion.f("%.1f", p.allReduceUs()), CapacityQuestion.f("%.4f", p.communicationShare())));
        }
        StudyTable t = new StudyTable("scaling", "Data-parallel training in idle cycles at each fleet size", List.of(
                "accelerators", "samples_per_s", "efficiency_vs_1", "efficiency_vs_smallest", "allreduce_us",
                "communication_share"), rows);
        return new StudyOutcome(study.getName(), "scaling", f.check(study), List.of(t),
                List.of("the interconnect, load and job are the cluster model's inputs; the claim's GPUs train "
                        + "dedicated, ours train in the idle cycles of serving accelerators"), null);
    }
}
