package org.coltrain.sim.numerics.train;

/**
 * Hyper-parameters of one training run. All randomness (initialisation, shuffling, stochastic rounding) comes
 * from independent streams split off {@code SplittableRandom(seed)}, so one seed gives bit-identical weights.
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, double momentum, long seed) {

    /** Mini-batch size of the defaults. */
    public static final int BATCH = 32;
    /** Learning rate of the defaults; with momentum 0.9 both models train stably in FP32. */
    public static final double LEARNING_RATE = 0.02;
    public static final double MOMENTUM = 0.9;

    public TrainConfig {
        if (epochs < 0 || batchSize < 1) throw new IllegalArgumentException("epochs " + epochs + ", batch " + batchSize);
    }

    public static TrainConfig defaults(int epochs, long seed) {
        return new TrainConfig(epochs, BATCH, LEARNING_RATE, MOMENTUM, seed);
    }
}
