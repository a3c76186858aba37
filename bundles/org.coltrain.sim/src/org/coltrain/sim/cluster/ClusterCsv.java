package org.coltrain.sim.cluster;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.coltrain.sim.cluster.ClusterStudies.EncodingPoint;
import org.coltrain.sim.cluster.ClusterStudies.PolicyPoint;
import org.coltrain.sim.cluster.ClusterStudies.ScalingPoint;
import org.coltrain.sim.cluster.result.ClusterBucket;
import org.coltrain.sim.cluster.result.ClusterResult;

/**
 * The fleet studies as CSV for plots (one header line, then one row per point; numbers in plain decimal with a dot).
 * Long form throughout, one row per (x, series) pair, so a plot groups by the series column.
 */
public final class ClusterCsv {

    public static final String SCALING_HEADER =
            "accelerators,samples_per_s,scaling_efficiency,communication_share,allreduce_us,mean_step_us,service,p99_us";
    public static final String POLICY_HEADER =
            "policy,load_factor,service,offered_per_s,p99_us,slo_us,slo_violation_rate,training_samples_per_s";
    public static final String ENCODING_HEADER =
            "gradient_encoding,gradient_bytes,allreduce_us,communication_share,samples_per_s,steady_samples_per_s";
    public static final String SERIES_HEADER =
            "time_s,service,completed,late,p99_us,slo_us,training_samples_per_s,inference_utilization,training_utilization";

    private ClusterCsv() {}

    /** One row per size and service (one row with an empty service when the fleet serves nothing). */
    public static void scaling(List<ScalingPoint> points, PrintWriter out) {
        out.println(SCALING_HEADER);
        for (ScalingPoint p : points) {
            String head = String.format(Locale.ROOT, "%d,%.6g,%.6f,%.6f,%.6g,%.6g", p.accelerators(), p.samplesPerS(),
                    p.scalingEfficiency(), p.communicationShare(), p.allReduceUs(), p.meanStepUs());
            if (p.services().isEmpty()) out.println(head + ",,");
            for (int s = 0; s < p.services().size(); s++)
                out.printf(Locale.ROOT, "%s,%s,%.6g%n", head, p.services().get(s), p.p99Us().get(s));
        }
        out.flush();
    }

    public static void policies(List<PolicyPoint> points, PrintWriter out) {
        out.println(POLICY_HEADER);
        for (PolicyPoint p : points)
            out.printf(Locale.ROOT, "%s,%.6g,%s,%.6g,%.6g,%.6g,%.6g,%.6g%n", p.policy(), p.loadFactor(), p.service(),
                    p.offeredPerS(), p.p99Us(), p.sloUs(), p.sloViolationRate(), p.trainingSamplesPerS());
        out.flush();
    }

    public static void gradientEncodings(List<EncodingPoint> points, PrintWriter out) {
        out.println(ENCODING_HEADER);
        for (EncodingPoint p : points)
            out.printf(Locale.ROOT, "%s,%.6g,%.6g,%.6f,%.6g,%.6g%n", p.encoding(), p.gradientBytes(), p.allReduceUs(),
                    p.communicationShare(), p.samplesPerS(), p.steadySamplesPerS());
        out.flush();
    }

    /** The run's buckets: one row per bucket and service, stamped with the bucket's start. */
    public static void series(ClusterResult r, PrintWriter out) {
        out.println(SERIES_HEADER);
        for (ClusterBucket b : r.series())
            for (int s = 0; s < r.services().size(); s++)
                out.printf(Locale.ROOT, "%.6g,%s,%d,%d,%.6g,%.6g,%.6g,%.6f,%.6f%n", b.startS(), r.services().get(s).name(),
                        b.completed().get(s), b.late().get(s), b.p99Us().get(s), r.services().get(s).sloUs(),
                        b.trainingSamplesPerS(), b.inferenceUtilization(), b.trainingUtilization());
        out.flush();
    }
}
