package org.coltrain.sim.numerics.train;

import java.util.SplittableRandom;

/** 2 x 2 max pooling, stride 2, per channel; the gradient goes to the first maximum of each window. */
public final class MaxPool2 implements Layer {

    private final int channels, height, width;
    private float[] output = new float[0], gradInput = new float[0];
    private int[] argmax = new int[0];

    public MaxPool2(int channels, int height, int width) {
        if (height % 2 != 0 || width % 2 != 0) throw new IllegalArgumentException("odd size " + height + "x" + width);
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    @Override public int inputSize() { return channels * height * width; }

    @Override public int outputSize() { return channels * (height / 2) * (width / 2); }

    @Override
    public float[] forward(float[] x, int batch, SplittableRandom rng) {
        int outs = batch * outputSize();
        if (output.length < outs) {
            output = new float[outs];
            argmax = new int[outs];
        }
        int o = 0;
        for (int plane = 0; plane < batch * channels; plane++) {
            int base = plane * height * width;
            for (int r = 0; r < height; r += 2)
                for (int c = 0; c < width; c += 2, o++) {
                    int best = base + r * width + c;
                    if (x[best + 1] > x[best]) best = best + 1;
                    int below = base + (r + 1) * width + c;
                    if (x[below] > x[best]) best = below;
                    if (x[below + 1] > x[best]) best = below + 1;
                    argmax[o] = best;
                    output[o] = x[best];
                }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int batch, boolean needInputGradient, SplittableRandom rng) {
        if (!needInputGradient) return null;
        int ins = batch * inputSize();
        if (gradInput.length < ins) gradInput = new float[ins];
        java.util.Arrays.fill(gradInput, 0, ins, 0f);
        for (int o = 0; o < batch * outputSize(); o++) gradInput[argmax[o]] += gradOutput[o];
        return gradInput;
    }
}
