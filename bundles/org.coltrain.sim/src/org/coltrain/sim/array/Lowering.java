package org.coltrain.sim.array;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.LayerSpec.Eltwise;
import org.coltrain.sim.spec.LayerSpec.Matmul;
import org.coltrain.sim.spec.LayerSpec.Pool;

/**
 * Lowers layers to GEMMs and vector work, for inference and for training.
 *
 * <p>Convolution by im2col (Chellapilla et al. 2006; Caffe's im2col/col2im), per group g of G:
 * forward Y = Xcol . W with M = batch x OY x OX, K = Cin/G x KY x KX, N = Cout/G;
 * backward data dXcol = dY . W^T (M = batch x OY x OX, K = Cout/G, N = Cin/G x KY x KX), folded back by col2im;
 * backward weights dW = Xcol^T . dY (M = Cin/G x KY x KX, K = batch x OY x OX, N = Cout/G).
 * All three have the forward pass's MAC count. Dense is the 1 x 1 case with M = batch x tokens.
 * The weight update is vector work on FP32 master weights (HBFP keeps a wide weight copy, REFERENCES.md).
 * Pooling and element-wise layers are vector work; their backward pass has the forward pass's size.
 */
public final class Lowering {

    /** FP32 master weights for the update (REFERENCES.md, HBFP). */
    public static final int MASTER_WEIGHT_BITS = 32;

    private Lowering() {
    }

    /** The inference (forward) work of one layer: exactly one item. */
    public static Work forward(LayerSpec layer, int batch) {
        requireBatch(batch);
        return switch (layer) {
            case Conv2d c -> {
                int g = c.groups();
                long m = (long) batch * c.outHeight() * c.outWidth();
                long k = (long) (c.inChannels() / g) * c.kernelHeight() * c.kernelWidth();
                long n = c.outChannels() / g;
                long input = (long) batch * (c.inChannels() / g) * c.inHeight() * c.inWidth();
                yield new Gemm(c.name(), Pass.FORWARD, g, m, n, k, Math.min(input, m * k), k * n, m * n);
            }
            case Dense d -> {
                long m = (long) batch * d.tokens();
                yield new Gemm(d.name(), Pass.FORWARD, 1, m, d.outFeatures(), d.inFeatures(),
                        m * d.inFeatures(), (long) d.inFeatures() * d.outFeatures(), m * d.outFeatures());
            }
            case Matmul mm -> new Gemm(mm.name(), Pass.FORWARD, mm.count() * batch, mm.m(), mm.n(), mm.k(),
                    (long) mm.m() * mm.k(), (long) mm.k() * mm.n(), (long) mm.m() * mm.n());
            case Pool p -> {
                long outputs = (long) batch * p.channels() * p.outHeight() * p.outWidth();
                long inputs = (long) batch * p.channels() * p.inHeight() * p.inWidth();
                yield new VectorWork(p.name(), Pass.FORWARD, outputs * p.kernel() * p.kernel(), inputs, outputs, 0);
            }
            case Eltwise e -> new VectorWork(e.name(), Pass.FORWARD, batch * e.elements() * e.inputs(),
                    batch * e.elements() * e.inputs(), batch * e.elements(), 0);
        };
    }

    /**
     * The backward work of one layer, in execution order: backward data (unless {@code needsInputGradient} is
     * false, as for the first layer), backward weights, weight update.
     */
    public static List<Work> backward(LayerSpec layer, int batch, boolean needsInputGradient) {
        requireBatch(batch);
        List<Work> out = new ArrayList<>(3);
        switch (layer) {
            case Conv2d c -> {
                int g = c.groups();
                long rows = (long) batch * c.outHeight() * c.outWidth();
                long window = (long) (c.inChannels() / g) * c.kernelHeight() * c.kernelWidth();
                long cout = c.outChannels() / g;
                long input = (long) batch * (c.inChannels() / g) * c.inHeight() * c.inWidth();
                long weights = window * cout;
                if (needsInputGradient)
                    out.add(new Gemm(c.name(), Pass.BACKWARD_DATA, g, rows, window, cout, rows * cout, weights,
                            input));
                out.add(new Gemm(c.name(), Pass.BACKWARD_WEIGHTS, g, window, cout, rows, Math.min(input, rows * window),
                        rows * cout, weights));
                out.add(update(c.name(), c.weightElements()));
            }
            case Dense d -> {
                long rows = (long) batch * d.tokens();
                long weights = d.weightElements();
                if (needsInputGradient)
                    out.add(new Gemm(d.name(), Pass.BACKWARD_DATA, 1, rows, d.inFeatures(), d.outFeatures(),
                            rows * d.outFeatures(), weights, rows * d.inFeatures()));
                out.add(new Gemm(d.name(), Pass.BACKWARD_WEIGHTS, 1, d.inFeatures(), d.outFeatures(), rows,
                        rows * d.inFeatures(), rows * d.outFeatures(), weights));
                out.add(update(d.name(), weights));
            }
            case Matmul mm -> {
                // dA = dC . B^T (m x n . n x k) and dB = A^T . dC (k x m . m x n): both are activation gradients
                long a = (long) mm.m() * mm.k(), b = (long) mm.k() * mm.n(), c = (long) mm.m() * mm.n();
                int count = mm.count() * batch;
                out.add(new Gemm(mm.name(), Pass.BACKWARD_DATA, count, mm.m(), mm.k(), mm.n(), c, b, a));
                out.add(new Gemm(mm.name(), Pass.BACKWARD_DATA, count, mm.k(), mm.n(), mm.m(), a, c, b));
            }
            case Pool p -> {
                VectorWork f = (VectorWork) forward(p, batch);
                out.add(new VectorWork(p.name(), Pass.BACKWARD_DATA, f.operations(), f.outputElements(),
                        f.inputElements(), 0));
            }
            case Eltwise e -> {
                VectorWork f = (VectorWork) forward(e, batch);
                out.add(new VectorWork(e.name(), Pass.BACKWARD_DATA, f.operations(), f.outputElements(),
                        f.inputElements(), 0));
            }
        }
        return out;
    }

    /** SGD update w -= lr dw on FP32 master weights: read w and dw, write w. */
    private static VectorWork update(String name, long weights) {
        return new VectorWork(name, Pass.WEIGHT_UPDATE, weights, 2 * weights, weights, MASTER_WEIGHT_BITS);
    }

    /** A whole training step: forward through all layers, then backward in reverse order. */
    public static List<Work> trainingStep(List<LayerSpec> layers, int batch) {
        List<Work> out = new ArrayList<>(layers.size() * 4);
        for (LayerSpec layer : layers) out.add(forward(layer, batch));
        for (int i = layers.size() - 1; i >= 0; i--) out.addAll(backward(layers.get(i), batch, i > 0));
        return out;
    }

    private static void requireBatch(int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, got " + batch);
    }
}
