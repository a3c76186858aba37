package org.coltrain.sim.numerics;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Dataset;
import org.coltrain.sim.numerics.data.Digits;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.gemm.Matrices;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.Parameter;
import org.coltrain.sim.numerics.train.RoleEncodings;
import org.coltrain.sim.numerics.train.SoftmaxCrossEntropy;
import org.coltrain.sim.numerics.train.TrainConfig;
import org.coltrain.sim.numerics.train.Trainer;

/** The random and real tensors {@link NumericsExperiments#error} measures, each rows x cols along the dot product. */
record ErrorTensors(List<Tensor> all) {

    record Tensor(String name, float[] values, int rows, int cols) {}

    private static final int RANDOM_ROWS = 64, RANDOM_COLS = 1024;
    /** Laplace row scales spread over 2^-8 .. 2^8. */
    private static final int SCALE_SPREAD_LOG2 = 8;

    static ErrorTensors build(long seed, int mlpEpochs) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] gaussian = new float[RANDOM_ROWS * RANDOM_COLS];
        for (int i = 0; i < gaussian.length; i++) gaussian[i] = (float) rng.nextGaussian();
        float[] laplace = new float[RANDOM_ROWS * RANDOM_COLS];
        for (int r = 0; r < RANDOM_ROWS; r++) {
            double scale = Math.scalb(1.0, rng.nextInt(-SCALE_SPREAD_LOG2, SCALE_SPREAD_LOG2 + 1));
            for (int c = 0; c < RANDOM_COLS; c++) {
                // inverse CDF of Laplace(0, scale): -scale * sign(u) * ln(1 - 2|u|), u in (-1/2, 1/2)
                double u = rng.nextDouble() - 0.5;
                laplace[r * RANDOM_COLS + c] = (float) (-scale * Math.signum(u) * StrictMath.log(1 - 2 * Math.abs(u)));
            }
        }
        Digits.Split split = Digits.split();
        Dataset all = Digits.load();
        Trainer trainer = new Trainer(ModelKind.MLP, RoleEncodings.uniform(Encodings.byName("fp32")),
                TrainConfig.defaults(mlpEpochs, seed));
        trainer.fit(split.train());
        Parameter w = trainer.network().parameters().get(0);
        int in = Digits.FEATURES, out = w.size() / in;
        float[] weightsByOutput = new float[w.size()];
        Matrices.transpose(w.values(), in, out, weightsByOutput);
        Dataset test = split.test();
        float[] logits = trainer.network().forward(test.features(), test.size(), new SplittableRandom(seed));
        float[] grad = new float[test.size() * test.classCount()];
        SoftmaxCrossEntropy.lossAndGradient(logits, test.labels(), 0, test.size(), test.classCount(), grad);
        return new ErrorTensors(List.of(
                new Tensor("gaussian", gaussian, RANDOM_ROWS, RANDOM_COLS),
                new Tensor("laplace-wide", laplace, RANDOM_ROWS, RANDOM_COLS),
                new Tensor("digits-pixels", all.features(), all.size(), Digits.FEATURES),
                new Tensor("mlp-weights", weightsByOutput, out, in),
                new Tensor("logit-gradients", grad, test.size(), test.classCount())));
    }
}
