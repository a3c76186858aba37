package org.coltrain.bridge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coltrain.model.Conv2d;
import org.coltrain.model.Dense;
import org.coltrain.model.Eltwise;
import org.coltrain.model.Layer;
import org.coltrain.model.Matmul;
import org.coltrain.model.Network;
import org.coltrain.model.Pool;
import org.coltrain.model.TensorShape;

/**
 * Chains shapes through a network: each layer's input is its explicit {@code input} shape, else the output of the
 * layer it names with {@code from}, else that of the previous layer. Works on partial models (the editor calls it
 * while the user types): a layer whose input is unknown gets no shape rather than an exception.
 */
public final class ShapeInference {

    /** Input and output shape of one layer. */
    public record LayerShapes(Shape input, Shape output) {
    }

    private ShapeInference() {
    }

    public static Map<Layer, LayerShapes> infer(Network network) {
        Map<Layer, LayerShapes> shapes = new LinkedHashMap<>();
        Shape previous = inputShape(network.getInput());
        for (Layer layer : network.getLayers()) {
            Shape input = previous;
            Layer from = layer.getFrom();
            if (layer.getInput() != null) {
                input = inputShape(layer.getInput());
            } else if (from != null && !from.eIsProxy()) {
                LayerShapes source = shapes.get(from);
                input = source == null ? null : source.output();
            }
            Shape output = input == null ? null : output(layer, input);
            shapes.put(layer, new LayerShapes(input, output));
            previous = output;
        }
        return shapes;
    }

    public static Shape inputShape(TensorShape t) {
        if (t == null || t.getChannels() <= 0 || t.getHeight() <= 0) return null;
        return t.isSequence() ? Shape.sequence(t.getHeight(), t.getChannels())
                : t.getWidth() <= 0 ? null : Shape.image(t.getChannels(), t.getHeight(), t.getWidth());
    }

    /** Groups of a convolution: depthwise means one group per input channel. */
    public static int groups(Conv2d conv, Shape input) {
        return conv.isDepthwise() ? input.channels() : Math.max(1, conv.getGroups());
    }

    public static int kernelWidth(Conv2d conv) {
        return conv.isSetKernelWidth() ? conv.getKernelWidth() : conv.getKernel();
    }

    /** Output shape, or null when the layer's own parameters make it empty (the validator reports why). */
    public static Shape output(Layer layer, Shape in) {
        Shape out = switch (layer) {
            case Conv2d c -> Shape.image(c.getOutChannels(),
                    outSize(in.height(), c.getKernel(), c.getStride(), c.getPadding()),
                    outSize(in.width(), kernelWidth(c), c.getStride(), c.getPadding()));
            case Dense d -> in.sequence() ? Shape.sequence(in.tokens(), d.getOutFeatures())
                    : Shape.image(d.getOutFeatures(), 1, 1);
            case Matmul m -> Shape.sequence(m.getM(), m.getCount() * m.getN());
            case Pool p -> p.isGlobal() ? Shape.image(in.channels(), 1, 1)
                    : Shape.image(in.channels(), outSize(in.height(), p.getKernel(), p.getStride(), p.getPadding()),
                            outSize(in.width(), p.getKernel(), p.getStride(), p.getPadding()));
            case Eltwise e -> in;
            default -> null;
        };
        return out == null || out.channels() <= 0 || out.height() <= 0 || out.width() <= 0 ? null : out;
    }

    // Standard convolution arithmetic (Dumoulin & Visin 2016, eq. 6): floor((i + 2p - k) / s) + 1.
    static int outSize(int in, int kernel, int stride, int padding) {
        if (stride <= 0 || kernel <= 0) return 0;
        int span = in + 2 * padding - kernel;
        return span < 0 ? 0 : span / stride + 1;
    }
}
