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
            out.printf(Locale.ROOT, "  %-16s %10s %12s %10s %10s %10s %10s %9s %7s %s%n", "service", "requests",
                    "throughput/s", "p50 us", "p99 us", "p99.9 us", "SLO us", "violate", "batch", "SLO");
            for (ServiceResult s : r.services()) {
                out.printf(Locale.ROOT, "  %-16s %10d %12.1f %10.1f %10.1f %10.1f %10.1f %8.3f%% %7.2f %s%n", s.name(),
                        s.requests(), s.throughputRps(), s.p50Us(), s.p99Us(), s.p999Us(), s.sloUs(),
                        100 * s.sloViolationRate(), s.meanBatch(), s.sloMet() ? "met" : "MISSED (p" + s.sloPercentile() + ")");
            }
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
}
