package org.coltrain.sim.supernet;

import java.util.List;

/**
 * One elastic stage of a once-for-all SuperNet (Cai et al., ICLR 2020): up to {@code max(depths)} inverted-residual
 * (MBConv) blocks with a fixed output width. A SubNet keeps the first d blocks (elastic depth), the first
 * {@code round8(in x e)} middle channels of each block (elastic width, channels sorted by importance) and the centre
 * k x k of each depthwise kernel (elastic kernel), so every SubNet's weights are a prefix of the SuperNet's.
 *
 * @param stride        stride of the stage's first block (later blocks use 1)
 * @param depths        allowed block counts, ascending
 * @param expandRatios  allowed middle/input channel ratios, ascending
 * @param kernels       allowed depthwise kernel sizes (odd), ascending
 * @param squeezeExcite whether each block has a squeeze-and-excitation module (MobileNetV3)
 */
public record ElasticStage(String name, int outChannels, int stride, List<Integer> depths, List<Double> expandRatios,
        List<Integer> kernels, boolean squeezeExcite) {

    public ElasticStage {
        depths = List.copyOf(depths);
        expandRatios = List.copyOf(expandRatios);
        kernels = List.copyOf(kernels);
        if (outChannels < 1 || stride < 1) throw new IllegalArgumentException(name + ": out channels and stride must be positive");
        requireAscending(name, "depths", depths.stream().map(Integer::doubleValue).toList(), 1);
        requireAscending(name, "expand ratios", expandRatios, Double.MIN_VALUE);
        requireAscending(name, "kernels", kernels.stream().map(Integer::doubleValue).toList(), 1);
        for (int k : kernels)
            if (k % 2 == 0) throw new IllegalArgumentException(name + ": kernel sizes must be odd, was " + k);
    }

    public int maxDepth() { return depths.get(depths.size() - 1); }

    private static void requireAscending(String stage, String what, List<Double> values, double min) {
        if (values.isEmpty()) throw new IllegalArgumentException(stage + ": no " + what);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < min) throw new IllegalArgumentException(stage + ": " + what + " must be positive");
            if (i > 0 && values.get(i) <= values.get(i - 1))
                throw new IllegalArgumentException(stage + ": " + what + " must be strictly ascending");
        }
    }
}
