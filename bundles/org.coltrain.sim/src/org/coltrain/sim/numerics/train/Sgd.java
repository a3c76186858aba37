package org.coltrain.sim.numerics.train;

import java.util.List;

/**
 * SGD with momentum as PyTorch defines it: {@code v = momentum * v + g; w = w - lr * v}, in FP32 on the master
 * copy (the HBFP paper keeps the update outside block floating point).
 */
public record Sgd(double learningRate, double momentum) {

    public Sgd {
        if (!(learningRate > 0) || momentum < 0 || momentum >= 1)
            throw new IllegalArgumentException("learning rate " + learningRate + ", momentum " + momentum);
    }

    public void step(List<Parameter> parameters) {
        float lr = (float) learningRate, mu = (float) momentum;
        for (Parameter p : parameters) {
            float[] w = p.values(), g = p.gradient(), v = p.velocity();
            for (int i = 0; i < w.length; i++) {
                v[i] = mu * v[i] + g[i];
                w[i] -= lr * v[i];
            }
        }
    }
}
