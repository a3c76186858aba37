package org.coltrain.cli;

import java.util.concurrent.Callable;

import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.study.EquinoxReproduction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Reproductions of published results, with the parameters documented in examples/ and in the code. */
@Command(name = "study", mixinStandardHelpOptions = true, description = "Reproductions of published results.",
        subcommands = StudyCommand.Equinox.class)
public final class StudyCommand {

    @Command(name = "equinox", mixinStandardHelpOptions = true,
            description = "Equinox (MICRO 2021): max ResNet-50 request rate under a 500 us p99 SLO of a latency-optimal "
                    + "and a batching-optimized design in one area/power envelope, and co-located training vs load "
                    + "(see examples/equinox/README.md).")
    static final class Equinox implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            java.io.PrintWriter out = spec.commandLine().getOut();
            EquinoxReproduction.run().print(out);
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            for (var acc : java.util.List.of(EquinoxReproduction.latencyOptimal(), EquinoxReproduction.equinox(),
                    EquinoxReproduction.trainingAccelerator()))
                ids.addAll(Calibrations.dependsOn(acc));
            out.println("area and power depend on calibrations " + String.join(", ", ids) + " (coltrain calibrations)");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
