package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coltrain.sim.array.scalesim.ScaleSimConfig;
import org.coltrain.sim.array.scalesim.ScaleSimFormatException;
import org.coltrain.sim.array.scalesim.ScaleSimReader;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.NetworkSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Turns other tools' inputs into .coltrain models.",
        subcommands = { ImportCommand.ScaleSim.class, ImportOnnxCommand.class })
public final class ImportCommand {

    @Command(name = "scalesim", mixinStandardHelpOptions = true,
            description = "SCALE-Sim v2 config (.cfg) and topology (.csv, conv or GEMM form) to a .coltrain file that validates and times.")
    static final class ScaleSim implements Callable<Integer> {

        /** SCALE-Sim counts cycles only; these fill what it does not say, and the output names them as assumptions. */
        static final double CLOCK_HZ = 1e9;
        static final long DRAM_CAPACITY_BYTES = 16L << 30;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CONFIG.cfg", description = "SCALE-Sim architecture config")
        File config;

        @Parameters(index = "1", paramLabel = "TOPOLOGY.csv", description = "SCALE-Sim topology")
        File topology;

        @Mixin
        ImportOutput output;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            if (ModelFiles.expand(java.util.List.of(config, topology), err) == null) return ExitCodes.USAGE;
            if (!output.mayWrite(err)) return ExitCodes.USAGE;
            String text;
            try {
                ScaleSimConfig cfg = ScaleSimReader.readConfig(config.toPath());
                NetworkSpec net = ScaleSimReader.readTopology(topology.toPath());
                // SCALE-Sim's words are one byte: 8-bit integers.
                EncodingSpec word = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
                text = "// Imported from SCALE-Sim v2: " + config.getName() + ", " + topology.getName() + "\n"
                        + SpecText.accelerator(cfg.toAccelerator(CLOCK_HZ, word, DRAM_CAPACITY_BYTES, CostDefaults.params()),
                                "assumed (SCALE-Sim does not say): clock 1 GHz, 8-bit integer words, 16 GiB DRAM; bandwidth = words/cycle x 1 B x clock")
                        + "\n" + SpecText.network(net);
            } catch (ScaleSimFormatException e) {
                err.println(e.getMessage());
                return ExitCodes.MODEL_ERRORS;
            }
            output.write(text, out);
            return ExitCodes.OK;
        }
    }
}
