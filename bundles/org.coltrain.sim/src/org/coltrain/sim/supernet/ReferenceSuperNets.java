package org.coltrain.sim.supernet;

import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.LayerSpec.Eltwise;
import org.coltrain.sim.spec.LayerSpec.Pool;
import org.coltrain.sim.spec.NetworkSpec;

/** SuperNets with published shapes, shared by tests and benchmarks. */
public final class ReferenceSuperNets {

    private ReferenceSuperNets() {
    }

    /**
     * OFA's MobileNetV3 SuperNet (Cai et al., ICLR 2020; ofa_mbv3_d234_e346_k357_w1.0): widths 16, 16, 24, 40, 80,
     * 112, 160, 960, 1280; stage strides 2, 2, 2, 1, 2; squeeze-excitation in the 40-, 112- and 160-channel stages;
     * depth 2-4, expand ratio 3/4/6, kernel 3/5/7 per stage; 224 x 224 input. The stem (3 x 3 / 2 conv and a fixed
     * 16-channel depthwise block) and the head (1 x 1 to 960, global pool, 960 -> 1280 -> 1000) are not elastic.
     */
    public static SuperNetSpec ofaMobileNetV3() {
        NetworkSpec stem = new NetworkSpec("stem", List.<LayerSpec>of(
                new Conv2d("first_conv", 3, 224, 224, 16, 3, 3, 2, 1, 1),
                new Conv2d("first_block.dw", 16, 112, 112, 16, 3, 3, 1, 1, 16),
                new Conv2d("first_block.project", 16, 112, 112, 16, 1, 1, 1, 0, 1),
                new Eltwise("first_block.add", 16L * 112 * 112, 2)));
        NetworkSpec head = new NetworkSpec("head", List.<LayerSpec>of(
                new Conv2d("final_expand", 160, 7, 7, 960, 1, 1, 1, 0, 1),
                new Pool("gap", 960, 7, 7, 7, 7, 0),
                new Dense("feature_mix", 1, 960, 1280),
                new Dense("classifier", 1, 1280, 1000)));
        List<Integer> depths = List.of(2, 3, 4);
        List<Double> expands = List.of(3.0, 4.0, 6.0);
        List<Integer> kernels = List.of(3, 5, 7);
        return new SuperNetSpec("ofa_mbv3", stem, 16, 112, List.of(
                new ElasticStage("stage1", 24, 2, depths, expands, kernels, false),
                new ElasticStage("stage2", 40, 2, depths, expands, kernels, true),
                new ElasticStage("stage3", 80, 2, depths, expands, kernels, false),
                new ElasticStage("stage4", 112, 1, depths, expands, kernels, true),
                new ElasticStage("stage5", 160, 2, depths, expands, kernels, true)), head);
    }

    /** A SubNet with the same depth, expand ratio and kernel in every one of the 5 stages. */
    public static SubNetChoice uniform(String name, double accuracyPercent, int depth, double expand, int kernel) {
        return new SubNetChoice(name, accuracyPercent, List.of(depth, depth, depth, depth, depth),
                List.of(expand, expand, expand, expand, expand), List.of(kernel, kernel, kernel, kernel, kernel));
    }
}
