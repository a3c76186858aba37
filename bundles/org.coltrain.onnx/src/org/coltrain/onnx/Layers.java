package org.coltrain.onnx;

import java.util.List;

import org.coltrain.sim.spec.LayerSpec;

import onnx.Onnx.NodeProto;

/**
 * The ONNX operators that become layers (operator semantics from the ONNX operator specification, opset 13):
 * Conv, Gemm and MatMul (GEMMs), MaxPool, AveragePool and their global forms, Add and Mul, Softmax.
 * Shapes are per sample; each method returns the node's output tensor, or null after adding a problem.
 */
final class Layers {

    private final GraphConverter graph;

    Layers(GraphConverter graph) {
        this.graph = graph;
    }

    /** Conv: X (C x H x W), W (M x C/group x kH x kW) a weight, optional bias B (M). */
    Value conv(NodeProto node, int index, String where, List<Value> in) {
        Value x = in.get(0), w = in.size() > 1 ? in.get(1) : null;
        if (!image(x, where) || w == null || !weight(w, 4, where)) return null;
        int c = x.dims()[0], group = (int) Attributes.intValue(node, "group", 1), m = w.dims()[0];
        if (group <= 0 || c % group != 0 || w.dims()[1] != c / group || m % group != 0) {
            graph.problems.add(where + ": weight " + Value.format(w.dims()) + " does not fit " + c + " input channels in " + group + " groups");
            return null;
        }
        Window win = Window.of(node, w.dims()[2], w.dims()[3], x.dims()[1], x.dims()[2], where, graph.problems);
        if (win == null) return null;
        int oh = win.outHeight(x.dims()[1]), ow = win.outWidth(x.dims()[2]);
        if (oh <= 0 || ow <= 0) return empty(where, x);
        long bias = in.size() > 2 && in.get(2) != null ? in.get(2).elements() : 0;
        graph.graphParameters += w.elements() + bias;
        var spec = new LayerSpec.Conv2d(graph.name(node, index), c, x.dims()[1], x.dims()[2], m, win.kernelHeight(),
                win.kernelWidth(), win.stride(), win.padding(), group);
        return graph.addLayer(node, index, spec, null, x, new int[] { m, oh, ow }, List.of(), bias, null);
    }

    /** Gemm: Y = alpha A B + beta C with A (K) an activation, B (K x M, or M x K with transB) a weight, C a bias. */
    Value gemm(NodeProto node, int index, String where, List<Value> in) {
        Value a = in.get(0), b = in.get(1);
        if (Attributes.intValue(node, "transA", 0) != 0 || a.dims().length != 1 || a.isConstant()) {
            graph.problems.add(where + ": A must be an activation of N x K (after Flatten), not transposed; got " + Value.format(a.dims()));
            return null;
        }
        if (!weight(b, 2, where)) return null;
        boolean transB = Attributes.intValue(node, "transB", 0) != 0;
        int k = transB ? b.dims()[1] : b.dims()[0], m = transB ? b.dims()[0] : b.dims()[1];
        if (k != a.dims()[0]) {
            graph.problems.add(where + ": B " + Value.format(b.dims()) + (transB ? " (transposed)" : "") + " does not take " + a.dims()[0] + " features");
            return null;
        }
        long bias = in.size() > 2 && in.get(2) != null ? in.get(2).elements() : 0;
        graph.graphParameters += b.elements() + bias;
        var spec = new LayerSpec.Dense(graph.name(node, index), 1, k, m);
        return graph.addLayer(node, index, spec, null, a, new int[] { m }, List.of(), bias, null);
    }

    /**
     * MatMul: with a weight B (K x M) a fully connected layer over the leading dimensions as tokens; with two
     * activations (... x m x k) and (... x k x n) a GEMM between activations, one per leading index.
     */
    Value matmul(NodeProto node, int index, String where, List<Value> in) {
        Value a = in.get(0), b = in.get(1);
        int[] ad = a.dims();
        if (a.isConstant()) {
            graph.problems.add(where + ": the first operand is a constant; only activation x weight or activation x activation is supported");
            return null;
        }
        if (b.isConstant()) {
            if (!weight(b, 2, where)) return null;
            int k = b.dims()[0], m = b.dims()[1];
            if (ad[ad.length - 1] != k) {
                graph.problems.add(where + ": " + Value.format(ad) + " times " + Value.format(b.dims()) + " do not chain");
                return null;
            }
            int tokens = (int) (a.elements() / k);
            graph.graphParameters += b.elements();
            int[] out = ad.clone();
            out[out.length - 1] = m;
            var spec = new LayerSpec.Dense(graph.name(node, index), tokens, k, m);
            return graph.addLayer(node, index, spec, null, a, out, List.of(), 0, null);
        }
        int[] bd = b.dims();
        if (ad.length < 2 || bd.length != ad.length || ad[ad.length - 1] != bd[bd.length - 2]) {
            graph.problems.add(where + ": " + Value.format(ad) + " times " + Value.format(bd) + " do not chain (no broadcasting)");
            return null;
        }
        int count = 1;
        for (int i = 0; i < ad.length - 2; i++) {
            if (ad[i] != bd[i]) {
                graph.problems.add(where + ": leading dimensions " + Value.format(ad) + " and " + Value.format(bd) + " differ (no broadcasting)");
                return null;
            }
            count *= ad[i];
        }
        int m = ad[ad.length - 2], k = ad[ad.length - 1], n = bd[bd.length - 1];
        int[] out = ad.clone();
        out[out.length - 1] = n;
        var spec = new LayerSpec.Matmul(graph.name(node, index), count, m, k, n);
        return graph.addLayer(node, index, spec, null, a, out, List.of(), 0,
                "times " + (b.layer() == null ? "a " + Value.format(bd) + " tensor" : "the output of " + b.layer()) + " (" + Value.format(bd) + ")");
    }

    /** MaxPool / AveragePool with a square window. */
    Value pool(NodeProto node, int index, String where, List<Value> in) {
        Value x = in.get(0);
        if (!image(x, where)) return null;
        long[] kernel = Attributes.ints(node, "kernel_shape", new long[0]);
        if (kernel.length != 2 || kernel[0] != kernel[1]) {
            graph.problems.add(where + ": kernel_shape " + Attributes.format(kernel) + " is not square; the language's pooling window is");
            return null;
        }
        Window win = Window.of(node, (int) kernel[0], (int) kernel[1], x.dims()[1], x.dims()[2], where, graph.problems);
        if (win == null) return null;
        int oh = win.outHeight(x.dims()[1]), ow = win.outWidth(x.dims()[2]);
        if (oh <= 0 || ow <= 0) return empty(where, x);
        var spec = new LayerSpec.Pool(graph.name(node, index), x.dims()[0], x.dims()[1], x.dims()[2], win.kernelHeight(), win.stride(), win.padding());
        return graph.addLayer(node, index, spec, node.getOpType().equals("MaxPool") ? "max" : "avg", x,
                new int[] { x.dims()[0], oh, ow }, List.of(), 0, null);
    }

    /** GlobalAveragePool / GlobalMaxPool: one window over a square feature map, as the language's 'global' pool. */
    Value globalPool(NodeProto node, int index, String where, List<Value> in) {
        Value x = in.get(0);
        if (!image(x, where)) return null;
        if (x.dims()[1] != x.dims()[2]) {
            graph.problems.add(where + ": the feature map " + Value.format(x.dims()) + " is not square; the language's global pool needs one");
            return null;
        }
        int side = x.dims()[1];
        var spec = new LayerSpec.Pool(graph.name(node, index), x.dims()[0], side, side, side, side, 0);
        return graph.addLayer(node, index, spec, node.getOpType().equals("GlobalMaxPool") ? "max global" : "avg global", x,
                new int[] { x.dims()[0], 1, 1 }, List.of(), 0, null);
    }

    /**
     * Add / Mul. Two activations: an element-wise layer on the larger, the other its operand when of the same size
     * (a broadcast operand is noted, not counted). An Add of a bias vector right after a GEMM folds into it.
     */
    Value binary(NodeProto node, int index, String where, List<Value> in) {
        Value a = in.get(0), b = in.get(1);
        if (a.isConstant() && b.isConstant()) {
            graph.problems.add(where + ": both operands are constants (fold them before exporting)");
            return null;
        }
        if (a.isConstant() || (!b.isConstant() && b.elements() > a.elements())) {
            Value t = a;
            a = b;
            b = t;
        }
        String op = node.getOpType().equals("Add") ? "add" : "mul";
        if (b.isConstant()) {
            if (op.equals("add") && graph.foldsInto(a) && b.elements() == a.dims()[a.dims().length - 1]) {
                GraphConverter.LayerBuilder layer = graph.layers.get(a.layer());
                layer.bias += b.elements();
                layer.fused.add("bias Add");
                graph.graphParameters += b.elements();
                return a;
            }
            var spec = new LayerSpec.Eltwise(graph.name(node, index), a.elements(), 1);
            return graph.addLayer(node, index, spec, op, a, a.dims(), List.of(), 0, "its other operand is a constant " + Value.format(b.dims()));
        }
        boolean operand = b.layer() != null && b.elements() == a.elements();
        var spec = new LayerSpec.Eltwise(graph.name(node, index), a.elements(), operand ? 2 : 1);
        return graph.addLayer(node, index, spec, op, a, a.dims(), operand ? List.of(b.layer()) : List.of(), 0,
                operand ? null : "its other operand, " + Value.format(b.dims()) + ", is broadcast and not counted");
    }

    /** Softmax: element-wise work on its input. */
    Value softmax(NodeProto node, int index, String where, List<Value> in) {
        var spec = new LayerSpec.Eltwise(graph.name(node, index), in.get(0).elements(), 1);
        return graph.addLayer(node, index, spec, "softmax", in.get(0), in.get(0).dims(), List.of(), 0, null);
    }

    private boolean image(Value x, String where) {
        if (x.dims().length == 3 && !x.isConstant()) return true;
        graph.problems.add(where + ": expects an image (N x C x H x W), got " + Value.format(x.dims()) + " per sample");
        return false;
    }

    private boolean weight(Value w, int rank, String where) {
        if (w.isConstant() && w.dims().length == rank) return true;
        graph.problems.add(where + ": expects a weight initializer of rank " + rank + ", got " + (w.isConstant() ? Value.format(w.dims()) : "an activation"));
        return false;
    }

    private Value empty(String where, Value x) {
        graph.problems.add(where + ": the window leaves no output of " + Value.format(x.dims()));
        return null;
    }
}
