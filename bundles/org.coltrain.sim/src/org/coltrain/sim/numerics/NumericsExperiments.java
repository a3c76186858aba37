package org.coltrain.sim.numerics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.RoleEncodings;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;

/**
 * What {@code coltrain numerics train | compare | error} call: training on the shipped digits data with chosen
 * encodings, and quantization error statistics. Names: encodings as {@link Encodings#specByName}, models
 * {@code mlp} or {@code cnn}. Unknown names throw IllegalArgumentException with a message for the user.
 */
public final class NumericsExperiments {

    /** Epochs when the CLI gives none: enough for FP32 to settle (MLP ~97%, CNN ~98% test accuracy). */
    public static final int DEFAULT_EPOCHS_MLP = 20;
    public static final int DEFAULT_EPOCHS_CNN = 15;
    public static final long DEFAULT_SEED = 1;
    public static final String CSV_HEADER = "encoding,model,test_accuracy";

    private NumericsExperiments() {}

    public static int defaultEpochs(String model) {
        return ModelKind.parse(model) == ModelKind.MLP ? DEFAULT_EPOCHS_MLP : DEFAULT_EPOCHS_CNN;
    }

    /** Trains {@code model} with {@code encodingName} on every tensor role; test accuracy on the fixed split. */
    public static AccuracyRow train(String encodingName, String model, int epochs, long seed) {
        return train(RoleEncodings.uniform(Encodings.byName(encodingName)), ModelKind.parse(model), epochs, seed);
    }

    /** Trains with a separate encoding per tensor role (weights, activations, gradients). */
    public static AccuracyRow train(RoleEncodings encodings, ModelKind model, int epochs, long seed) {
        long start = System.nanoTime();
        Digits.Split split = Digits.split();
        Trainer trainer = new Trainer(model, encodings, TrainConfig.defaults(epochs, seed));
        double[] loss = trainer.fit(split.train());
        return new AccuracyRow(encodings.label(), model.cliName(), trainer.accuracy(split.test()),
                trainer.accuracy(split.train()), loss.length == 0 ? Double.NaN : loss[loss.length - 1], epochs, seed,
                (System.nanoTime() - start) / 1e9);
    }

    /** Trains {@code model} once per encoding of {@link Encodings#COMPARED}, same seed for all. */
    public static List<AccuracyRow> compare(String model, int epochs, long seed) {
        List<AccuracyRow> rows = new ArrayList<>();
        for (String encoding : Encodings.COMPARED) rows.add(train(encoding, model, epochs, seed));
        return rows;
    }

    /** CSV with header {@value #CSV_HEADER}, accuracy as a fraction with 4 decimals. */
    public static void writeCsv(List<AccuracyRow> rows, PrintWriter out) {
        out.println(CSV_HEADER);
        for (AccuracyRow r : rows) out.printf(Locale.ROOT, "%s,%s,%.4f%n", r.encoding(), r.model(), r.testAccuracy());
        out.flush();
    }

    /** A readable table of training results. */
    public static void printTable(List<AccuracyRow> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-10s %-5s %8s %8s %10s %7s %8s%n", "encoding", "model", "test", "train",
                "final_loss", "epochs", "seconds");
        for (AccuracyRow r : rows)
            out.printf(Locale.ROOT, "%-10s %-5s %8.4f %8.4f %10.4f %7d %8.2f%n", r.encoding(), r.model(),
                    r.testAccuracy(), r.trainAccuracy(), r.finalTrainLoss(), r.epochs(), r.seconds());
        out.flush();
    }

    /**
     * Quantization error of one encoding on random and real tensors: Gaussian N(0, 1) (64 x 1024); Laplace rows
     * whose scales spread over 2^-8 .. 2^8 (64 x 1024, a wide dynamic range); the digits pixels (1797 x 64); and,
     * from an FP32 MLP trained {@value #ERROR_MLP_EPOCHS} epochs with {@code seed}, its first layer's weights
     * (one row per output, along the dot product) and its logit gradients on the test set (a real backward tensor).
     */
    public static List<ErrorStats> error(String encodingName, long seed) {
        Encoding enc = Encodings.byName(encodingName);
        List<ErrorStats> out = new ArrayList<>();
        ErrorTensors t = ErrorTensors.build(seed, ERROR_MLP_EPOCHS);
        SplittableRandom rng = new SplittableRandom(seed);
        for (ErrorTensors.Tensor x : t.all())
            out.add(QuantizationError.measure(enc, x.name(), x.values(), x.rows(), x.cols(), rng));
        return out;
    }

    static final int ERROR_MLP_EPOCHS = 5;

    public static void printErrors(List<ErrorStats> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-10s %-16s %9s %12s %9s %12s %9s%n", "encoding", "tensor", "elements", "rel_error",
                "snr_db", "max_abs_err", "flushed");
        for (ErrorStats s : rows)
            out.printf(Locale.ROOT, "%-10s %-16s %9d %12.3e %9.2f %12.3e %8.2f%%%n", s.encoding(), s.tensor(),
                    s.elements(), s.relativeError(), s.snrDb(), s.maxAbsError(), 100 * s.flushedToZero());
        out.flush();
    }
}
