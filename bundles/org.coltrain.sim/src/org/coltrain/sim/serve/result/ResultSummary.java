package org.coltrain.sim.serve.result;

import java.io.PrintWriter;
import java.util.Locale;

/** The human summary of a run, as the CLI prints it after writing results.json. */
public final class ResultSummary {

    private ResultSummary() {}

    public static void print(SimulationResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "experiment %s, seed %d, scheduler %s: %.3f s simulated, %.3f s measured%n",
                r.experiment(), r.seed(), r.scheduler(), r.simulatedSeconds(), r.measuredSeconds());
        if (!r.services().isEmpty()) {
            out.printf(Locale.ROOT, "  %-16s %10s %10s %10s %12s %10s %10s %10s %10s %9s %7s %s%n", "service", "arrivals",
                    "completed", "unfinished", "throughput/s", "p50 us", "p99 us", "p99.9 us", "SLO us", "violate",
                    "batch", "SLO");
            for (ServiceResult s : r.services()) {
                WindowCounts c = s.counts();
                out.printf(Locale.ROOT, "  %-16s %10d %10d %10d %12.1f %10.1f %10.1f %10.1f %10.1f %8.3f%% %7.2f %s%n",
                        s.name(), c.arrivals(), c.completed(), c.unfinished(), s.throughputRps(), s.p50Us(), s.p99Us(),
                        s.p999Us(), s.sloUs(), 100 * s.sloViolationRate(), s.meanBatch(), verdict(s));
            }
            for (ServiceResult s : r.services())
                if (s.overloaded()) out.printf(Locale.ROOT, "  %s is OVERLOADED: %d of the %d requests that arrived in "
                        + "the measured window (%.1f%%) were unfinished at its end, %d of them already older than the "
                        + "SLO: the queue grows with the run, and the percentiles describe only the completed requests%n",
                        s.name(), s.counts().unfinished(), s.counts().arrivals(), 100 * s.counts().unfinishedFraction(),
                        s.counts().unfinishedLate());
        }
        for (TrainingResult t : r.training()) {
            out.printf(Locale.ROOT, "  training %-16s %12.1f samples/s = %5.1f%% of a dedicated accelerator%n", t.name(),
                    t.samplesPerS(), 100 * t.fractionOfDedicated());
        }
        out.printf(Locale.ROOT, "  utilization %.1f%% (inference %.1f%%, training %.1f%%, switching %.1f%%), energy %.4g J (chip and DRAM), "
                + "mean power %.4g W%n", 100 * r.utilization(), 100 * r.inferenceUtilization(), 100 * r.trainingUtilization(),
                100 * r.switchUtilization(), r.energyJ(), r.averagePowerW());
        out.flush();
    }

    /** "met", "MISSED (p99)" or "OVERLOADED": the one word a reader looks for. */
    public static String verdict(ServiceResult s) {
        if (s.overloaded()) return "OVERLOADED";
        return s.sloMet() ? "met" : "MISSED (p" + trim(s.sloPercentile()) + ")";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
