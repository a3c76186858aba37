package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Matrices;

/**
 * Fully connected layer {@code y = x W + b} with W stored {@code in x out}. The three products run on the
 * emulated GEMMs of the layer's {@link TrainingNumerics}: {@code y = x W} (k = in), {@code dW = x^T dy} (k = batch),
 * {@code dx = dy W^T} (k = out), each on the tensors as the numerics hand them over. The bias stays FP32.
 */
public final class Dense implements Layer {

    private final int in, out;
    private final Parameter weight, bias;
    private final TrainingNumerics numerics;
    private final Gemm forwardGemm, inputGradientGemm, weightGradientGemm;
    private float[] input, weightsUsed, output = new float[0], inputT = new float[0], weightT = new float[0];
    private float[] gradInput = new float[0], inputBuffer, weightBuffer, gradBuffer;

    public Dense(int in, int out, TrainingNumerics numerics, SplittableRandom init) {
        this.in = in;
        this.out = out;
        this.weight = new Parameter(in, out);
        this.bias = new Parameter(out, 1);
        Initialisation.heUniform(weight.values(), in, init);
        this.numerics = numerics;
        this.forwardGemm = numerics.forwardGemm();
        this.inputGradientGemm = numerics.inputGradientGemm();
        this.weightGradientGemm = numerics.weightGradientGemm();
    }

    @Override public int inputSize() { return in; }

    @Override public int outputSize() { return out; }

    @Override public List<Parameter> parameters() { return List.of(weight, bias); }

    @Override
    public float[] forward(float[] x, int batch, SplittableRandom rng) {
        input = numerics.activations(x, batch, in, inputBuffer, rng);
        if (input != x) inputBuffer = input;
        weightsUsed = numerics.weights(weight, weightBuffer, rng);
        if (weightsUsed != weight.compute()) weightBuffer = weightsUsed;
        if (output.length < batch * out) output = new float[batch * out];
        forwardGemm.multiply(input, weightsUsed, output, batch, out, in, rng);
        float[] b = bias.compute();
        for (int r = 0; r < batch; r++)
            for (int j = 0; j < out; j++) output[r * out + j] += b[j];
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int batch, boolean needInputGradient, SplittableRandom rng) {
        float[] g = numerics.outputGradients(gradOutput, batch, out, gradBuffer, rng);
        if (g != gradOutput) gradBuffer = g;
        if (inputT.length < in * batch) inputT = new float[in * batch];
        Matrices.transpose(input, batch, in, inputT);
        weightGradientGemm.multiply(inputT, g, weight.gradient(), in, out, batch, rng);
        // the bias is added outside the product, so its gradient is the unrounded one
        float[] db = bias.gradient();
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < batch; r++)
            for (int j = 0; j < out; j++) db[j] += gradOutput[r * out + j];
        if (!needInputGradient) return null;
        if (weightT.length < out * in) weightT = new float[out * in];
        if (gradInput.length < batch * in) gradInput = new float[batch * in];
        Matrices.transpose(weightsUsed, in, out, weightT);
        inputGradientGemm.multiply(g, weightT, gradInput, batch, in, out, rng);
        return gradInput;
    }
}
