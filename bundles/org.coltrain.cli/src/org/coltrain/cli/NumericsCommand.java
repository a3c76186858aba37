package org.coltrain.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.sim.numerics.AccuracyRow;
import org.coltrain.sim.numerics.NumericsExperiments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Bit-accurate encodings on real data: what HBFP, fixed point and floating point do to training accuracy. */
@Command(name = "numerics", mixinStandardHelpOptions = true,
        description = "Training accuracy and quantization error per numeric encoding, on the UCI handwritten digits (8x8).",
        subcommands = { NumericsCommand.Train.class, NumericsCommand.Compare.class, NumericsCommand.Error.class })
public final class NumericsCommand {

    static final String ENCODINGS = "fp32, bf16, fp16, fixed8, hbfp8, hbfp6, hbfp4, ...";

    @Command(name = "train", mixinStandardHelpOptions = true, description = "Trains one model with one encoding; prints its accuracy.")
    static final class Train implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--encoding", required = true, paramLabel = "ENC", description = "encoding: " + ENCODINGS)
        String encoding;
        @Option(names = "--model", defaultValue = "mlp", paramLabel = "mlp|cnn", description = "model (default: ${DEFAULT-VALUE})")
        String model;
        @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: 20 for mlp, 15 for cnn)")
        Integer epochs;
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                AccuracyRow row = NumericsExperiments.train(encoding, model, epochs(model, epochs), seed);
                NumericsExperiments.printTable(List.of(row), spec.commandLine().getOut());
            });
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Trains with fp32, bf16, fixed8, hbfp8, hbfp6, hbfp4 (same seed) and prints the accuracy table.")
    static final class Compare implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--model", defaultValue = "mlp", paramLabel = "mlp|cnn", description = "model (default: ${DEFAULT-VALUE})")
        String model;
        @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: 20 for mlp, 15 for cnn)")
        Integer epochs;
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--csv", paramLabel = "FILE", description = "also write encoding,model,test_accuracy rows to FILE")
        File csv;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                List<AccuracyRow> rows = NumericsExperiments.compare(model, epochs(model, epochs), seed);
                NumericsExperiments.printTable(rows, spec.commandLine().getOut());
                if (csv != null) {
                    StringWriter text = new StringWriter();
                    NumericsExperiments.writeCsv(rows, new PrintWriter(text));
                    AtomicFiles.writeString(csv.toPath(), text.toString());
                }
            });
        }
    }

    @Command(name = "error", mixinStandardHelpOptions = true,
            description = "Quantization error (relative error, SNR) of an encoding on random and real tensors.")
    static final class Error implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--encoding", required = true, paramLabel = "ENC", description = "encoding: " + ENCODINGS)
        String encoding;
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            return guarded(spec, () -> NumericsExperiments.printErrors(NumericsExperiments.error(encoding, seed),
                    spec.commandLine().getOut()));
        }
    }

    private static int epochs(String model, Integer epochs) {
        return epochs != null ? epochs : NumericsExperiments.defaultEpochs(model);
    }

    @FunctionalInterface
    interface Body {
        void run() throws IOException;
    }

    /** Unknown encoding or model names come back as IllegalArgumentException with a message meant for the user. */
    static int guarded(CommandSpec spec, Body body) {
        try {
            body.run();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("coltrain: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("coltrain: cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
