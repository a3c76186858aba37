package org.coltrain.onnx;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.coltrain.sim.spec.LayerSpec;

/**
 * An imported network as .coltrain text: a header that says where it came from and what was folded, then one
 * layer per line with 'from' where its input is not the layer before, 'with' for the operands of element-wise
 * layers, and 'input' where the layer before does not produce the shape the layer reads.
 */
public final class NetworkText {

    private NetworkText() {
    }

    /** The text; {@code id} turns a name into one the grammar accepts (escaping keywords). */
    public static String write(ImportedNetwork net, UnaryOperator<String> id) {
        StringBuilder b = new StringBuilder();
        b.append("// Imported from ").append(net.source()).append(".\n");
        b.append(String.format(Locale.ROOT, "// Parameters in the graph: %,d (weights, biases, batch-norm scale and shift; running statistics are not parameters).%n",
                net.graphParameters()));
        b.append(String.format(Locale.ROOT, "// Folded into the layer before them: %,d BatchNormalization and %,d activation nodes."
                + " Layout-only nodes dropped (Flatten, Reshape, Concat, Identity, Dropout): %,d.%n",
                net.foldedBatchNorms(), net.fusedActivations(), net.layoutOps()));
        b.append(String.format(Locale.ROOT, "// After folding: %,d weights and %,d biases.%n", net.spec().weightElements(), net.biasElements()));
        b.append("network ").append(id.apply(net.name())).append(" {\n");
        b.append("\tinput ").append(shape(net.input())).append('\n');
        for (ImportedLayer layer : net.layers()) {
            if (layer.note() != null) b.append("\t// ").append(layer.name()).append(": ").append(layer.note()).append('\n');
            b.append('\t').append(line(layer, id));
            if (!layer.fused().isEmpty()) b.append("  // + ").append(String.join(", ", layer.fused()));
            b.append('\n');
        }
        return b.append("}\n").toString();
    }

    private static String line(ImportedLayer l, UnaryOperator<String> id) {
        String name = id.apply(l.name());
        String input = l.explicitInput() == null ? "" : " input " + shape(l.explicitInput());
        String tail = (l.from() == null ? "" : " from " + id.apply(l.from()))
                + (l.with().isEmpty() ? "" : " with " + String.join(", ", l.with().stream().map(id).toList()));
        return switch (l.spec()) {
            case LayerSpec.Conv2d c -> "conv " + name + input + " out " + c.outChannels() + " kernel " + c.kernelHeight()
                    + (c.kernelWidth() != c.kernelHeight() ? " x " + c.kernelWidth() : "")
                    + (c.stride() != 1 ? " stride " + c.stride() : "") + (c.padding() != 0 ? " padding " + c.padding() : "")
                    + (c.groups() == 1 ? "" : c.groups() == c.inChannels() && c.groups() == c.outChannels() ? " depthwise" : " groups " + c.groups())
                    + tail;
            case LayerSpec.Dense d -> "dense " + name + input + " out " + d.outFeatures() + tail;
            case LayerSpec.Matmul m -> "matmul " + name + (m.count() != 1 ? " count " + m.count() : "") + " m " + m.m() + " k " + m.k()
                    + " n " + m.n() + tail;
            case LayerSpec.Pool p -> "pool " + name + " " + l.op().replace(" global", "") + input
                    + (l.op().endsWith("global") ? " global"
                            : " kernel " + p.kernel() + (p.stride() != 1 ? " stride " + p.stride() : "") + (p.padding() != 0 ? " padding " + p.padding() : ""))
                    + tail;
            case LayerSpec.Eltwise e -> "eltwise " + name + " " + l.op() + tail;
        };
    }

    /** A per-sample shape as the language writes it: C x H x W, sequence T x F, or F as F x 1 x 1. */
    static String shape(int[] dims) {
        return switch (dims.length) {
            case 1 -> dims[0] + " x 1 x 1";
            case 2 -> "sequence " + dims[0] + " x " + dims[1];
            default -> dims[0] + " x " + dims[1] + " x " + dims[2];
        };
    }
}
