package org.coltrain.sim.numerics.train;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Matrices;

/**
 * 2-D convolution, stride 1, zero padding {@code kernel / 2} (output the size of the input), lowered to GEMM by
 * im2col as accelerators do: {@code cols} has one row per output pixel and one column per (channel, ky, kx), so
 * the dot-product dimension of the forward GEMM is {@code channels * kernel^2}. Weights are stored
 * {@code (channels * kernel^2) x filters}; the bias (one per filter) stays FP32. Input, weights and output
 * gradient pass through the layer's {@link TrainingNumerics} before the products.
 */
public final class Conv2d implements Layer {

    private final int channels, filters, height, width, kernel, pad, patch;
    private final Parameter weight, bias;
    private final TrainingNumerics numerics;
    private final Gemm forwardGemm, inputGradientGemm, weightGradientGemm;
    private float[] cols = new float[0], colsT = new float[0], yCols = new float[0], output = new float[0];
    private float[] dyCols = new float[0], weightT = new float[0], dCols = new float[0], gradInput = new float[0];
    private float[] weightsUsed, inputBuffer, weightBuffer, gradBuffer;

    public Conv2d(int channels, int filters, int height, int width, int kernel, TrainingNumerics numerics,
            SplittableRandom init) {
        if (kernel % 2 == 0) throw new IllegalArgumentException("even kernel " + kernel);
        this.channels = channels;
        this.filters = filters;
        this.height = height;
        this.width = width;
        this.kernel = kernel;
        this.pad = kernel / 2;
        this.patch = channels * kernel * kernel;
        this.weight = new Parameter(patch, filters);
        this.bias = new Parameter(filters, 1);
        Initialisation.heUniform(weight.values(), patch, init);
        this.numerics = numerics;
        this.forwardGemm = numerics.forwardGemm();
        this.inputGradientGemm = numerics.inputGradientGemm();
        this.weightGradientGemm = numerics.weightGradientGemm();
    }

    @Override public int inputSize() { return channels * height * width; }

    @Override public int outputSize() { return filters * height * width; }

    @Override public List<Parameter> parameters() { return List.of(weight, bias); }

    @Override
    public float[] forward(float[] x, int batch, SplittableRandom rng) {
        int pixels = height * width, rows = batch * pixels;
        cols = grow(cols, rows * patch);
        yCols = grow(yCols, rows * filters);
        output = grow(output, batch * outputSize());
        float[] xq = numerics.activations(x, batch, inputSize(), inputBuffer, rng);
        if (xq != x) inputBuffer = xq;
        im2col(xq, batch);
        weightsUsed = numerics.weights(weight, weightBuffer, rng);
        if (weightsUsed != weight.compute()) weightBuffer = weightsUsed;
        forwardGemm.multiply(cols, weightsUsed, yCols, rows, filters, patch, rng);
        float[] b = bias.compute();
        for (int s = 0; s < batch; s++)
            for (int f = 0; f < filters; f++)
                for (int p = 0; p < pixels; p++)
                    output[(s * filters + f) * pixels + p] = yCols[(s * pixels + p) * filters + f] + b[f];
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int batch, boolean needInputGradient, SplittableRandom rng) {
        int pixels = height * width, rows = batch * pixels;
        dyCols = grow(dyCols, rows * filters);
        colsT = grow(colsT, patch * rows);
        float[] g = numerics.outputGradients(gradOutput, batch, outputSize(), gradBuffer, rng);
        if (g != gradOutput) gradBuffer = g;
        // the bias is added outside the product, so its gradient is the unrounded one
        float[] db = bias.gradient();
        Arrays.fill(db, 0f);
        for (int s = 0; s < batch; s++)
            for (int f = 0; f < filters; f++)
                for (int p = 0; p < pixels; p++) {
                    int at = (s * filters + f) * pixels + p;
                    dyCols[(s * pixels + p) * filters + f] = g[at];
                    db[f] += gradOutput[at];
                }
        Matrices.transpose(cols, rows, patch, colsT);
        weightGradientGemm.multiply(colsT, dyCols, weight.gradient(), patch, filters, rows, rng);
        if (!needInputGradient) return null;
        weightT = grow(weightT, filters * patch);
        dCols = grow(dCols, rows * patch);
        gradInput = grow(gradInput, batch * inputSize());
        Matrices.transpose(weightsUsed, patch, filters, weightT);
        inputGradientGemm.multiply(dyCols, weightT, dCols, rows, patch, filters, rng);
        col2im(batch);
        return gradInput;
    }

    private void im2col(float[] x, int batch) {
        int row = 0;
        for (int s = 0; s < batch; s++)
            for (int oy = 0; oy < height; oy++)
                for (int ox = 0; ox < width; ox++, row++) {
                    int col = row * patch;
                    for (int c = 0; c < channels; c++)
                        for (int ky = 0; ky < kernel; ky++)
                            for (int kx = 0; kx < kernel; kx++, col++) {
                                int iy = oy + ky - pad, ix = ox + kx - pad;
                                boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                                cols[col] = inside ? x[((s * channels + c) * height + iy) * width + ix] : 0f;
                            }
                }
    }

    private void col2im(int batch) {
        Arrays.fill(gradInput, 0, batch * inputSize(), 0f);
        int row = 0;
        for (int s = 0; s < batch; s++)
            for (int oy = 0; oy < height; oy++)
                for (int ox = 0; ox < width; ox++, row++) {
                    int col = row * patch;
                    for (int c = 0; c < channels; c++)
                        for (int ky = 0; ky < kernel; ky++)
                            for (int kx = 0; kx < kernel; kx++, col++) {
                                int iy = oy + ky - pad, ix = ox + kx - pad;
                                if (iy >= 0 && iy < height && ix >= 0 && ix < width)
                                    gradInput[((s * channels + c) * height + iy) * width + ix] += dCols[col];
                            }
                }
    }

    private static float[] grow(float[] a, int size) { return a.length >= size ? a : new float[size]; }
}
