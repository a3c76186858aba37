package org.coltrain.sim.supernet;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.LayerSpec.Eltwise;
import org.coltrain.sim.spec.LayerSpec.Pool;

/**
 * The layers of one inverted-residual block (MobileNetV2/V3's MBConv, as OFA's DynamicMBConvLayer builds it):
 * 1 x 1 expand to {@code mid}, k x k depthwise, optional squeeze-and-excitation (global pool, mid -> se -> mid,
 * channel scale), 1 x 1 project, and a residual add when the shape is kept. Batch norm is folded, activations fused.
 * The weight layers come in a fixed role order whatever mid and k are, so the same role of two shapes can be compared.
 */
final class MbConvBlock {

    /** Roles of the weight layers, in execution order; absent roles (no SE) are skipped. */
    static final String[] ROLES = { "expand", "dw", "se_reduce", "se_expand", "project" };

    private MbConvBlock() {
    }

    /** OFA's/TensorFlow's make_divisible(v, 8): nearest multiple of 8, at least 8, never more than 10 % below v. */
    static int makeDivisible(double v) {
        int rounded = Math.max(8, (int) (v + 4) / 8 * 8);
        return rounded < 0.9 * v ? rounded + 8 : rounded;
    }

    /** Middle channels for an expand ratio, as OFA: make_divisible(round(in x e)). */
    static int midChannels(int inChannels, double expandRatio) {
        return makeDivisible(Math.round(inChannels * expandRatio));
    }

    /** Output height = width of a block with stride s and an odd kernel padded k/2. */
    static int outSize(int size, int stride) {
        return (size - 1) / stride + 1;
    }

    /**
     * All layers of a block, in execution order. {@code weightRole[i]} receives the role index of layer i, or -1
     * for a layer without weights; pass null when not needed.
     */
    static List<LayerSpec> layers(String prefix, int in, int out, int size, int stride, int mid, int kernel, boolean se,
            List<Integer> weightRole) {
        List<LayerSpec> layers = new ArrayList<>(8);
        int outSize = outSize(size, stride);
        add(layers, weightRole, 0, new Conv2d(prefix + "expand", in, size, size, mid, 1, 1, 1, 0, 1));
        add(layers, weightRole, 1, new Conv2d(prefix + "dw", mid, size, size, mid, kernel, kernel, stride, kernel / 2, mid));
        if (se) {
            int seMid = makeDivisible(mid / 4);
            add(layers, weightRole, -1, new Pool(prefix + "se_pool", mid, outSize, outSize, outSize, outSize, 0));
            add(layers, weightRole, 2, new Dense(prefix + "se_reduce", 1, mid, seMid));
            add(layers, weightRole, 3, new Dense(prefix + "se_expand", 1, seMid, mid));
            add(layers, weightRole, -1, new Eltwise(prefix + "se_scale", (long) mid * outSize * outSize, 2));
        }
        add(layers, weightRole, 4, new Conv2d(prefix + "project", mid, outSize, outSize, out, 1, 1, 1, 0, 1));
        if (stride == 1 && in == out)
            add(layers, weightRole, -1, new Eltwise(prefix + "add", (long) out * outSize * outSize, 2));
        return layers;
    }

    private static void add(List<LayerSpec> layers, List<Integer> roles, int role, LayerSpec layer) {
        layers.add(layer);
        if (roles != null) roles.add(role);
    }
}
