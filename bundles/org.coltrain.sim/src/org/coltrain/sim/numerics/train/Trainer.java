package org.coltrain.sim.numerics.train;

import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Dataset;
import org.coltrain.sim.numerics.data.Digits;

/** Mini-batch training and evaluation of one network. */
public final class Trainer {

    private static final int EVAL_BATCH = 256;

    private final Network network;
    private final TrainConfig config;
    private final SplittableRandom shuffle;
    private final SplittableRandom rounding;
    private final Sgd sgd;
    private final TrainingNumerics numerics;

    /** Builds a fresh {@code kind} network with weights drawn from the config's seed. */
    public Trainer(ModelKind kind, TrainingNumerics numerics, TrainConfig config) {
        SplittableRandom root = new SplittableRandom(config.seed());
        this.network = kind.build(numerics, root.split());
        this.shuffle = root.split();
        this.rounding = root.split();
        this.config = config;
        this.numerics = numerics;
        this.sgd = new Sgd(config.learningRate(), config.momentum());
        numerics.prepare(network.parameters(), rounding);
    }

    public Network network() { return network; }

    /** Trains for the config's epochs over a fresh shuffle each epoch; returns the mean training loss per epoch. */
    public double[] fit(Dataset train) {
        int features = train.featureCount();
        float[] x = new float[config.batchSize() * features];
        float[] grad = new float[config.batchSize() * train.classCount()];
        int[] labels = new int[config.batchSize()];
        double[] epochLoss = new double[config.epochs()];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            int[] order = Digits.permutation(train.size(), shuffle);
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.length; start += config.batchSize(), batches++) {
                int batch = Math.min(config.batchSize(), order.length - start);
                for (int r = 0; r < batch; r++) {
                    System.arraycopy(train.features(), order[start + r] * features, x, r * features, features);
                    labels[r] = train.labels()[order[start + r]];
                }
                float[] logits = network.forward(x, batch, rounding);
                lossSum += SoftmaxCrossEntropy.lossAndGradient(logits, labels, 0, batch, train.classCount(), grad);
                network.backward(grad, batch, rounding);
                sgd.step(network.parameters());
                numerics.afterStep(network.parameters(), rounding);
            }
            epochLoss[epoch] = lossSum / batches;
        }
        return epochLoss;
    }

    /** Fraction of {@code data} classified correctly, inference in the same encodings (repeatable per call). */
    public double accuracy(Dataset data) {
        SplittableRandom evalRounding = new SplittableRandom(config.seed());
        int correct = 0;
        float[] x = new float[EVAL_BATCH * data.featureCount()];
        for (int start = 0; start < data.size(); start += EVAL_BATCH) {
            int batch = Math.min(EVAL_BATCH, data.size() - start);
            System.arraycopy(data.features(), start * data.featureCount(), x, 0, batch * data.featureCount());
            float[] logits = network.forward(x, batch, evalRounding);
            for (int r = 0; r < batch; r++)
                if (SoftmaxCrossEntropy.argmax(logits, r, data.classCount()) == data.labels()[start + r]) correct++;
        }
        return (double) correct / data.size();
    }
}
