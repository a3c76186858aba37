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

/** Bit-accurate encodings on real data: what HBFP, fixed point, int8 and floating point do to training accuracy. */
@Command(name = "numerics", mixinStandardHelpOptions = true,
        description = "Training accuracy and quantization error per numeric encoding, on the UCI handwritten digits (8x8).",
        subcommands = { NumericsCommand.Train.class, NumericsCommand.Compare.class, NumericsCommand.Error.class })
public final class NumericsCommand {

    static final String ENCODINGS = "fp32, bf16, fp16, fixed8-static, int8-dynamic, hbfp8, hbfp6, hbfp4, ...; -sr: "
            + "stochastic rounding; training also takes recipes: int8-dynamic-grad-sr (stochastic rounding on the "
            + "gradients only), hbfp8-emu-sr (HBFPEmulator's block semantics)";

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Trains one model with one encoding or recipe; prints its accuracy (one line per seed).")
    static final class Train implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--encoding", required = true, paramLabel = "ENC", description = "encoding: " + ENCODINGS)
        String encoding;
        @Option(names = "--model", defaultValue = "mlp", paramLabel = "mlp|cnn", description = "model (default: ${DEFAULT-VALUE})")
        String model;
        @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: 20 for mlp, 15 for cnn)")
        Integer epochs;
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "(first) seed (default: ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--seeds", defaultValue = "1", paramLabel = "N", description = "seeds S, S+1, ... (default: ${DEFAULT-VALUE})")
        int seeds;
        @Option(names = "--threads", paramLabel = "T", description = "training runs in parallel (default: the processors);"
                + " results do not depend on it")
        Integer threads;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                List<AccuracyRow> rows = NumericsExperiments.compare(List.of(encoding), model, epochs(model, epochs),
                        seed, seeds, threads(threads));
                NumericsExperiments.printTable(rows, spec.commandLine().getOut());
            });
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Trains with fp32, bf16, fixed8-static, int8-dynamic, int8-dynamic-grad-sr, hbfp8, hbfp8-sr, "
                    + "hbfp8-emu-sr, hbfp6, hbfp4 over several seeds and prints mean, standard deviation and range of "
                    + "the test accuracy, marking differences from fp32 within seed noise.")
    static final class Compare implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--model", defaultValue = "mlp", paramLabel = "mlp|cnn", description = "model (default: ${DEFAULT-VALUE})")
        String model;
        @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: 20 for mlp, 15 for cnn)")
        Integer epochs;
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "first seed (default: ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--seeds", defaultValue = "" + NumericsExperiments.DEFAULT_SEEDS, paramLabel = "N",
                description = "seeds S, S+1, ... per encoding (default: ${DEFAULT-VALUE})")
        int seeds;
        @Option(names = "--encodings", split = ",", paramLabel = "ENC", description = "what to compare, fp32 included"
                + " (default: the list above)")
        List<String> encodings;
        @Option(names = "--threads", paramLabel = "T", description = "training runs in parallel (default: the processors);"
                + " results do not depend on it")
        Integer threads;
        @Option(names = "--runs", description = "also print every run (encoding, seed)")
        boolean runs;
        @Option(names = "--csv", paramLabel = "FILE", description = "also write encoding,model,seed,test_accuracy rows"
                + " (one per run) to FILE")
        File csv;

        @Override
        public Integer call() {
            return guarded(spec, () -> {
                List<String> names = encodings == null || encodings.isEmpty() ? NumericsExperiments.COMPARED : encodings;
                if (!names.contains("fp32"))
                    throw new IllegalArgumentException("--encodings must include fp32, the reference of the comparison");
                List<AccuracyRow> rows = NumericsExperiments.compare(names, model, epochs(model, epochs), seed, seeds,
                        threads(threads));
                PrintWriter out = spec.commandLine().getOut();
                if (runs) NumericsExperiments.printTable(rows, out);
                NumericsExperiments.printSummary(NumericsExperiments.summarize(rows), out);
                if (csv != null) {
                    StringWriter text = new StringWriter();
                    NumericsExperiments.writeCsv(rows, new PrintWriter(text));
                    AtomicFiles.writeString(csv.toPath(), text.toString());
                    out.println("wrote " + csv);
                }
            });
        }
    }

    @Command(name = "error", mixinStandardHelpOptions = true,
            description = "Quantization error (relative error, SNR) of an encoding on random and real tensors.")
    static final class Error implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--encoding", required = true, paramLabel = "ENC",
                description = "encoding: fp32, bf16, fp16, fixed8-static, int8-dynamic, hbfp8, hbfp6, hbfp4, ...; -sr: stochastic rounding")
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

    private static int threads(Integer threads) {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
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
