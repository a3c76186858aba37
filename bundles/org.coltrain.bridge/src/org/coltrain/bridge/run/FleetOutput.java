package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.coltrain.model.Cluster;
import org.coltrain.model.FleetResult;
import org.coltrain.sim.cluster.ClusterCsv;
import org.coltrain.sim.cluster.ClusterStudies;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.ClusterSummary;

/**
 * A cluster run and the studies asked for: the FleetResult metamodel, series.csv, and scaling.csv, policies.csv and
 * encodings.csv for the studies that ran.
 */
public record FleetOutput(RunTarget target, Cluster cluster, ClusterResult simulation, FleetStudies.Outcome studies,
        FleetResult result, String resultsJson) implements RunOutput {

    @Override
    public Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("series.csv", csv(w -> ClusterCsv.series(simulation, w)));
        if (!studies.scaling().isEmpty()) t.put("scaling.csv", csv(w -> ClusterCsv.scaling(studies.scaling(), w)));
        if (!studies.policies().isEmpty()) t.put("policies.csv", csv(w -> ClusterCsv.policies(studies.policies(), w)));
        if (!studies.encodings().isEmpty()) t.put("encodings.csv", csv(w -> ClusterCsv.gradientEncodings(studies.encodings(), w)));
        return t;
    }

    @Override
    public void summary(PrintWriter out) {
        ClusterSummary.print(simulation, out);
        for (ClusterStudies.ScalingPoint p : studies.scaling())
            out.printf(Locale.ROOT, "  scaling %5d accelerators: %10.0f samples/s, efficiency %.3f, communication %.1f%%%n",
                    p.accelerators(), p.samplesPerS(), p.scalingEfficiency(), 100 * p.communicationShare());
        for (ClusterStudies.PolicyPoint p : studies.policies())
            out.printf(Locale.ROOT, "  %-13s load x%.2f %-12s p99 %9.0f us (SLO %.0f us)%n", p.policy(), p.loadFactor(),
                    p.service(), p.p99Us(), p.sloUs());
        for (ClusterStudies.EncodingPoint p : studies.encodings())
            out.printf(Locale.ROOT, "  gradients %-6s %7.1f MB  all-reduce %7.0f us  communication %.1f%%  %8.0f samples/s%n",
                    p.encoding(), p.gradientBytes() / 1e6, p.allReduceUs(), 100 * p.communicationShare(), p.steadySamplesPerS());
        for (FleetStudies.GradientAccuracy a : studies.accuracy())
            out.printf(Locale.ROOT, "  gradient accuracy (digits MLP, %d epochs, numerics harness): gradients in %-6s test %.2f%%"
                    + " (fp32 %.2f%%), final training loss %.4f (fp32 %.4f)%n", a.epochs(), a.encoding(),
                    100 * a.with().testAccuracy(), 100 * a.fp32().testAccuracy(), a.with().finalTrainLoss(), a.fp32().finalTrainLoss());
        out.flush();
    }

    private static String csv(Consumer<PrintWriter> body) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            body.accept(w);
        }
        return s.toString();
    }
}
