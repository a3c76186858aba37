package org.coltrain.sim.cluster.result;

import java.io.PrintWriter;
import java.util.Locale;
import org.coltrain.sim.serve.result.ResultSummary;
import org.coltrain.sim.serve.result.ServiceResult;

/** A fleet run as a short text summary: per-service fleet tails, training, utilisation per design. */
public final class ClusterSummary {

    private ClusterSummary() {}

    public static void print(ClusterResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "cluster %s: %d accelerators, %.1f s measured of %.1f s, seed %d, %s batching, %d events%n",
                r.experiment(), r.accelerators(), r.measuredS(), r.simulatedS(), r.seed(), r.scheduler(), r.events());
        for (int i = 0; i < r.services().size(); i++) {
            ServiceResult s = r.services().get(i);
            out.printf(Locale.ROOT, "  service %-12s %-13s %9.0f req/s  p50 %8.0f us  p99 %8.0f us  (SLO %.0f us at p%s: %s,"
                    + " %.3f%% late of the arrivals)  mean batch %.2f%n", s.name(), r.balancers().get(i), s.throughputRps(), s.p50Us(),
                    s.p99Us(), s.sloUs(), trim(s.sloPercentile()), ResultSummary.verdict(s), 100 * s.sloViolationRate(),
                    s.meanBatch());
        }
        FleetTrainingResult t = r.training();
        if (t != null)
            out.printf(Locale.ROOT, "  training %s on %d workers: %.0f samples/s (%.1f%% of dedicated), step %.0f us, "
                    + "all-reduce %.0f us (%s, %s gradients %.1f MB, staleness %d), communication %.1f%% of the time%n",
                    t.name(), t.workers(), t.samplesPerS(), 100 * t.fractionOfDedicated(), t.meanStepUs(), t.allReduceUs(),
                    t.algorithm(), t.gradientEncoding(), t.gradientBytes() / 1e6, t.stalenessBound(),
                    100 * t.communicationShare());
        for (DesignUtilization d : r.designs())
            out.printf(Locale.ROOT, "  design %-16s x%-5d inference %.3f  training %.3f  switching %.3f  energy %.1f J%n", d.design(),
                    d.count(), d.inferenceUtilization(), d.trainingUtilization(), d.switchUtilization(), d.energyJ());
        out.printf(Locale.ROOT, "  energy %.1f J in the window, average power %.1f W%n", r.energyJ(), r.averagePowerW());
        out.flush();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
