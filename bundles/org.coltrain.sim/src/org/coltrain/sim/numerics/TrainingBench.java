package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;
import org.coltrain.sim.numerics.train.TrainingRecipes;

/**
 * Seconds per training epoch of the numerics harness on the digits (1,437 training samples, batch
 * {@value TrainConfig#BATCH}), one thread: per model and encoding, {@value #WARMUP_EPOCHS} warm-up epochs (so C2 has
 * compiled the kernels) and then the best thread CPU time of {@value #TIMED_EPOCHS} single-epoch runs, evaluation
 * excluded. Prints, asserts nothing.
 */
public final class TrainingBench {

    private static final int WARMUP_EPOCHS = 8;
    private static final int TIMED_EPOCHS = 10;
    /** What a comparison spends most of its time on. */
    public static final List<String> ENCODINGS = List.of("fp32", "bf16", "fixed8-static", "int8-dynamic-grad-sr",
            "hbfp8", "hbfp8-sr", "hbfp8-emu-sr");

    private TrainingBench() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out);
        out.flush();
    }

    public static void run(PrintWriter out) {
        out.printf("training epoch, digits (%d samples, batch %d), one thread, %d warm-up + best of %d epochs (CPU time)%n",
                Digits.split().train().size(), TrainConfig.BATCH, WARMUP_EPOCHS, TIMED_EPOCHS);
        out.printf("%-22s %-5s %12s%n", "encoding", "model", "s_per_epoch");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ModelKind model : ModelKind.values())
            for (String name : ENCODINGS) {
                Trainer trainer = new Trainer(model, TrainingRecipes.byName(name), TrainConfig.defaults(1, 1));
                for (int e = 0; e < WARMUP_EPOCHS; e++) trainer.fit(Digits.split().train());
                double best = Double.MAX_VALUE;
                for (int e = 0; e < TIMED_EPOCHS; e++) {
                    long start = threads.getCurrentThreadCpuTime();
                    trainer.fit(Digits.split().train());
                    best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
                }
                out.printf("%-22s %-5s %12.4f%n", name, model.cliName(), best);
                out.flush();
            }
    }
}
