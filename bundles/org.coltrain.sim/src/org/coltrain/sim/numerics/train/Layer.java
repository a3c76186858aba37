package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One stage of a network over a batch of samples stored row-major ({@code batch x inputSize()} floats; images are
 * channels x height x width per sample). Layers own their output buffers: a returned array stays valid until the
 * same method is called again. Not thread-safe.
 */
public sealed interface Layer permits Dense, Conv2d, Relu, MaxPool2 {

    int inputSize();

    int outputSize();

    /** Output for input {@code x}; remembers what backward needs. {@code rng} feeds stochastic rounding. */
    float[] forward(float[] x, int batch, SplittableRandom rng);

    /**
     * Stores parameter gradients for the last forward's batch and returns the gradient with respect to its input,
     * or null when {@code needInputGradient} is false (the first layer skips that GEMM).
     */
    float[] backward(float[] gradOutput, int batch, boolean needInputGradient, SplittableRandom rng);

    default List<Parameter> parameters() {
        return List.of();
    }
}
