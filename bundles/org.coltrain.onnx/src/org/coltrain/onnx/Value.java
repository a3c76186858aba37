package org.coltrain.onnx;

import onnx.Onnx.TensorProto;

/**
 * A tensor of the graph as the importer tracks it: its per-sample dimensions (batch dropped), the imported layer
 * that produces it (null for the network input, a constant, or a Concat's joined tensor), and for constants the
 * tensor itself (shapes, and the values of small integer tensors such as Reshape's target shape).
 */
record Value(int[] dims, String layer, TensorProto constant, String note) {

    static Value activation(int[] dims, String layer) {
        return new Value(dims, layer, null, null);
    }

    static Value constant(TensorProto tensor) {
        int[] dims = new int[tensor.getDimsCount()];
        for (int i = 0; i < dims.length; i++) dims[i] = Math.toIntExact(tensor.getDims(i));
        return new Value(dims, null, tensor, null);
    }

    boolean isConstant() {
        return constant != null;
    }

    long elements() {
        return elements(dims);
    }

    Value withDims(int[] newDims) {
        return new Value(newDims, layer, constant, note);
    }

    static long elements(int[] dims) {
        long n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    static String format(int[] dims) {
        StringBuilder b = new StringBuilder();
        for (int d : dims) b.append(b.isEmpty() ? "" : " x ").append(d);
        return b.isEmpty() ? "scalar" : b.toString();
    }
}
