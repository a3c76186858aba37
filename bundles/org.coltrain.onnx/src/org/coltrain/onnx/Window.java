package org.coltrain.onnx;

import java.util.List;

import onnx.Onnx.NodeProto;

/**
 * The sliding window of a Conv or pooling node (ONNX operators Conv, MaxPool, AveragePool: kernel_shape, strides,
 * pads as [top, left, bottom, right], dilations, auto_pad, ceil_mode) in the language's terms: one stride and one
 * padding for both axes. A window the language cannot express adds a problem and yields null.
 */
record Window(int kernelHeight, int kernelWidth, int stride, int padding) {

    int outHeight(int inHeight) {
        return (inHeight + 2 * padding - kernelHeight) / stride + 1;
    }

    int outWidth(int inWidth) {
        return (inWidth + 2 * padding - kernelWidth) / stride + 1;
    }

    static Window of(NodeProto node, int kernelHeight, int kernelWidth, int inHeight, int inWidth, String where, List<String> problems) {
        int before = problems.size();
        long[] strides = Attributes.ints(node, "strides", new long[] { 1, 1 });
        long[] dilations = Attributes.ints(node, "dilations", new long[] { 1, 1 });
        long[] pads = Attributes.ints(node, "pads", new long[] { 0, 0, 0, 0 });
        String autoPad = Attributes.string(node, "auto_pad", "NOTSET");
        if (strides.length != 2 || strides[0] != strides[1])
            problems.add(where + ": strides " + Attributes.format(strides) + " differ by axis; the language has one stride for both");
        for (long d : dilations)
            if (d != 1) problems.add(where + ": dilations " + Attributes.format(dilations) + " are not supported (only 1)");
        if (Attributes.intValue(node, "ceil_mode", 0) != 0) problems.add(where + ": ceil_mode 1 is not supported (output sizes round down)");
        int stride = (int) strides[0];
        int padding = 0;
        switch (autoPad) {
            case "NOTSET" -> {
                if (pads.length != 4 || pads[0] != pads[1] || pads[0] != pads[2] || pads[0] != pads[3])
                    problems.add(where + ": pads " + Attributes.format(pads) + " are not the same on all sides; the language has one padding");
                else padding = (int) pads[0];
            }
            case "VALID" -> padding = 0;
            case "SAME_UPPER", "SAME_LOWER" -> {
                // SAME: the output is ceil(in / stride); the padding that gives it is split over both sides.
                int h = Math.max((ceilDiv(inHeight, stride) - 1) * stride + kernelHeight - inHeight, 0);
                int w = Math.max((ceilDiv(inWidth, stride) - 1) * stride + kernelWidth - inWidth, 0);
                if (h != w || h % 2 != 0)
                    problems.add(where + ": auto_pad " + autoPad + " needs padding " + h + " x " + w + ", not the same on all sides");
                else padding = h / 2;
            }
            default -> problems.add(where + ": auto_pad '" + autoPad + "' is not an ONNX value");
        }
        return problems.size() > before ? null : new Window(kernelHeight, kernelWidth, stride, padding);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
