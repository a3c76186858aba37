package org.coltrain.sim.numerics.train;

import java.util.SplittableRandom;

/** max(0, x), in FP32. */
public final class Relu implements Layer {

    private final int size;
    private float[] input, output = new float[0], gradInput = new float[0];

    public Relu(int size) { this.size = size; }

    @Override public int inputSize() { return size; }

    @Override public int outputSize() { return size; }

    @Override
    public float[] forward(float[] x, int batch, SplittableRandom rng) {
        input = x;
        if (output.length < batch * size) output = new float[batch * size];
        for (int i = 0; i < batch * size; i++) output[i] = Math.max(0f, x[i]);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int batch, boolean needInputGradient, SplittableRandom rng) {
        if (!needInputGradient) return null;
        if (gradInput.length < batch * size) gradInput = new float[batch * size];
        for (int i = 0; i < batch * size; i++) gradInput[i] = input[i] > 0f ? gradOutput[i] : 0f;
        return gradInput;
    }
}
