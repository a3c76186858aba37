package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.util.List;

import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;
import org.coltrain.sim.numerics.train.TrainingRecipes;

/**
 * Seconds per training epoch of the numerics harness on the digits (1,437 training samples, batch
 * {@value TrainConfig#BATCH}), one thread: per model and encoding, one warm-up epoch and then the best of a few
 * single-epoch runs, evaluation excluded. Prints, asserts nothing.
 */
public final class TrainingBench {

    private static final int TIMED_EPOCHS = 5;
    /** What a comparison spends most of its time on. */
    public static final List<String> ENCODINGS = List.of("fp32", "bf16", "int8-dynamic-grad-sr", "hbfp8", "hbfp8-sr",
            "hbfp8-emu-sr");

    private TrainingBench() {}

    public static void run(PrintWriter out) {
        out.printf("training epoch, digits (%d samples, batch %d), one thread, 1 warm-up + best of %d epochs%n",
                Digits.split().train().size(), TrainConfig.BATCH, TIMED_EPOCHS);
        out.printf("%-22s %-5s %12s%n", "encoding", "model", "s_per_epoch");
        for (ModelKind model : ModelKind.values())
            for (String name : ENCODINGS) {
                Trainer trainer = new Trainer(model, TrainingRecipes.byName(name), TrainConfig.defaults(1, 1));
                trainer.fit(Digits.split().train());
                double best = Double.MAX_VALUE;
                for (int e = 0; e < TIMED_EPOCHS; e++) {
                    long start = System.nanoTime();
                    trainer.fit(Digits.split().train());
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                }
                out.printf("%-22s %-5s %12.3f%n", name, model.cliName(), best);
                out.flush();
            }
    }
}
