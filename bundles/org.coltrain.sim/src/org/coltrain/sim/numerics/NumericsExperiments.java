package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;
import org.coltrain.sim.numerics.train.TrainingNumerics;
import org.coltrain.sim.numerics.train.TrainingRecipes;

/**
 * What {@code coltrain numerics train | compare | error} call: training on the shipped digits data with chosen
 * encodings or recipes ({@link TrainingRecipes}), over several seeds, and quantization error statistics. Models
 * {@code mlp} or {@code cnn}. Unknown names throw IllegalArgumentException with a message for the user.
 */
public final class NumericsExperiments {

    /** Epochs when the CLI gives none: enough for FP32 to settle (MLP ~97%, CNN ~98% test accuracy). */
    public static final int DEFAULT_EPOCHS_MLP = 20;
    public static final int DEFAULT_EPOCHS_CNN = 15;
    public static final long DEFAULT_SEED = 1;
    /** Seeds of a comparison unless told otherwise: one test sample is 0.28 points, so one seed cannot rank encodings. */
    public static final int DEFAULT_SEEDS = 5;
    public static final String CSV_HEADER = "encoding,model,seed,test_accuracy";

    /**
     * What {@code numerics compare} trains, in table order: the references, the static fixed-point format next to
     * the int8 training recipe (and its nearest-rounding ablation), HBFP in 1-D blocks with both roundings,
     * HBFPEmulator's semantics with its stochastic rounding, and narrower HBFP mantissas.
     */
    public static final List<String> COMPARED = List.of("fp32", "bf16", "fixed8-static", "int8-dynamic",
            "int8-dynamic-grad-sr", "hbfp8", "hbfp8-sr", "hbfp8-emu-sr", "hbfp6", "hbfp4");

    private NumericsExperiments() {}

    public static int defaultEpochs(String model) {
        return ModelKind.parse(model) == ModelKind.MLP ? DEFAULT_EPOCHS_MLP : DEFAULT_EPOCHS_CNN;
    }

    /** Trains {@code model} with an encoding or recipe name; test accuracy on the fixed split. */
    public static AccuracyRow train(String name, String model, int epochs, long seed) {
        return train(TrainingRecipes.byName(name), ModelKind.parse(model), epochs, seed);
    }

    /** Trains with the given numerics (for example a separate encoding per tensor role). */
    public static AccuracyRow train(TrainingNumerics numerics, ModelKind model, int epochs, long seed) {
        long start = System.nanoTime();
        Digits.Split split = Digits.split();
        Trainer trainer = new Trainer(model, numerics, TrainConfig.defaults(epochs, seed));
        double[] loss = trainer.fit(split.train());
        return new AccuracyRow(numerics.label(), model.cliName(), trainer.accuracy(split.test()),
                trainer.accuracy(split.train()), loss.length == 0 ? Double.NaN : loss[loss.length - 1], epochs, seed,
                (System.nanoTime() - start) / 1e9);
    }

    /** {@link #COMPARED} over seeds {@code firstSeed .. firstSeed + seeds - 1}. */
    public static List<AccuracyRow> compare(String model, int epochs, long firstSeed, int seeds, int threads) {
        return compare(COMPARED, model, epochs, firstSeed, seeds, threads);
    }

    /**
     * Trains {@code model} once per name and seed, on {@code threads} threads; rows come back by name, then seed,
     * and are the same whatever the thread count (each run is independent and seeded).
     */
    public static List<AccuracyRow> compare(List<String> names, String model, int epochs, long firstSeed, int seeds,
            int threads) {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, was " + seeds);
        ModelKind kind = ModelKind.parse(model);
        List<TrainingNumerics> numerics = new ArrayList<>();
        for (String name : names) numerics.add(TrainingRecipes.byName(name));
        List<ParallelRuns.Run<AccuracyRow>> runs = new ArrayList<>();
        for (TrainingNumerics n : numerics)
            for (int s = 0; s < seeds; s++) {
                long seed = firstSeed + s;
                runs.add(() -> train(n, kind, epochs, seed));
            }
        return ParallelRuns.inOrder(runs, threads);
    }

    /**
     * One summary per name, in order of first appearance, each against the {@code fp32} runs of its model (which
     * the rows must include).
     */
    public static List<AccuracySummary> summarize(List<AccuracyRow> rows) {
        Map<String, List<AccuracyRow>> byName = new LinkedHashMap<>();
        for (AccuracyRow r : rows) byName.computeIfAbsent(r.model() + " " + r.encoding(), x -> new ArrayList<>()).add(r);
        List<AccuracySummary> out = new ArrayList<>();
        for (List<AccuracyRow> runs : byName.values()) {
            List<AccuracyRow> fp32 = byName.get(runs.get(0).model() + " fp32");
            if (fp32 == null) throw new IllegalArgumentException("a comparison needs fp32 runs of " + runs.get(0).model());
            out.add(AccuracySummary.of(runs, fp32));
        }
        return out;
    }

    /** CSV with header {@value #CSV_HEADER}, one row per run, accuracy as a fraction with 4 decimals. */
    public static void writeCsv(List<AccuracyRow> rows, PrintWriter out) {
        out.println(CSV_HEADER);
        for (AccuracyRow r : rows)
            out.printf(Locale.ROOT, "%s,%s,%d,%.4f%n", r.encoding(), r.model(), r.seed(), r.testAccuracy());
        out.flush();
    }

    /** A readable table of training runs. */
    public static void printTable(List<AccuracyRow> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-22s %-5s %5s %8s %8s %10s %7s %8s%n", "encoding", "model", "seed", "test", "train",
                "final_loss", "epochs", "seconds");
        for (AccuracyRow r : rows)
            out.printf(Locale.ROOT, "%-22s %-5s %5d %8.4f %8.4f %10.4f %7d %8.2f%n", r.encoding(), r.model(), r.seed(),
                    r.testAccuracy(), r.trainAccuracy(), r.finalTrainLoss(), r.epochs(), r.seconds());
        out.flush();
    }

    /** Mean, standard deviation and range of test accuracy per name, and the difference from FP32. */
    public static void printSummary(List<AccuracySummary> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-22s %-5s %5s %8s %8s %8s %8s %9s%n", "encoding", "model", "seeds", "mean",
                "sd", "min", "max", "vs_fp32");
        for (AccuracySummary s : rows) {
            boolean reference = s.encoding().equals("fp32");
            String verdict = reference ? "" : s.withinSeedNoise() ? "  within seed noise" : "  outside seed noise";
            out.printf(Locale.ROOT, "%-22s %-5s %5d %8.4f %8.4f %8.4f %8.4f %+9.4f%s%n", s.encoding(), s.model(),
                    s.seeds(), s.mean(), s.standardDeviation(), s.min(), s.max(), s.differenceFromFp32(), verdict);
        }
        out.println("(test accuracy on 360 samples, one sample = 0.0028; within seed noise: the [min, max] ranges over"
                + " the seeds of the encoding and of fp32 overlap)");
        out.flush();
    }

    /**
     * Quantization error of one encoding on random and real tensors: Gaussian N(0, 1) (64 x 1024); Laplace rows
     * whose scales spread over 2^-8 .. 2^8 (64 x 1024, a wide dynamic range); the digits pixels (1797 x 64); and,
     * from an FP32 MLP trained {@value #ERROR_MLP_EPOCHS} epochs with {@code seed}, its first layer's weights
     * (one row per output, along the dot product) and its logit gradients on the test set (a real backward tensor).
     * Each tensor is rounded as one GEMM operand (so a per-tensor format takes one scale for all of it).
     */
    public static List<ErrorStats> error(String encodingName, long seed) {
        Encoding enc = encodingForError(encodingName);
        List<ErrorStats> out = new ArrayList<>();
        ErrorTensors t = ErrorTensors.build(seed, ERROR_MLP_EPOCHS);
        SplittableRandom rng = new SplittableRandom(seed);
        for (ErrorTensors.Tensor x : t.all())
            out.add(QuantizationError.measure(enc, x.name(), x.values(), x.rows(), x.cols(), rng));
        return out;
    }

    private static Encoding encodingForError(String name) {
        try {
            return Encodings.byName(name);
        } catch (IllegalArgumentException e) {
            TrainingNumerics recipe;
            try {
                recipe = TrainingRecipes.byName(name);
            } catch (IllegalArgumentException notARecipe) {
                throw e;
            }
            throw new IllegalArgumentException("'" + recipe.label() + "' is a training recipe (it rounds tensors by"
                    + " role), not one encoding; error measures encodings such as hbfp8, hbfp8-sr or int8-dynamic");
        }
    }

    static final int ERROR_MLP_EPOCHS = 5;

    public static void printErrors(List<ErrorStats> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-16s %-16s %9s %12s %9s %12s %9s%n", "encoding", "tensor", "elements", "rel_error",
                "snr_db", "max_abs_err", "flushed");
        for (ErrorStats s : rows)
            out.printf(Locale.ROOT, "%-16s %-16s %9d %12.3e %9.2f %12.3e %8.2f%%%n", s.encoding(), s.tensor(),
                    s.elements(), s.relativeError(), s.snrDb(), s.maxAbsError(), 100 * s.flushedToZero());
        out.flush();
    }
}
