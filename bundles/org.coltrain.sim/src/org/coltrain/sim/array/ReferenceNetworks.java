package org.coltrain.sim.array;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.LayerSpec.Eltwise;
import org.coltrain.sim.spec.LayerSpec.Pool;
import org.coltrain.sim.spec.NetworkSpec;

/** Networks with published layer shapes, shared by tests and benchmarks. */
public final class ReferenceNetworks {

    private ReferenceNetworks() {
    }

    /**
     * ResNet-50 as torchvision's {@code resnet50} (v1.5: stride on the 3 x 3 conv of a bottleneck), 224 x 224 input:
     * 53 convolutions, 1 fully connected layer, max and average pooling and the 16 residual adds; batch norm is
     * folded into the convolutions and ReLU fused, as inference accelerators do. Names follow torchvision's modules.
     */
    public static NetworkSpec resnet50() {
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(new Conv2d("conv1", 3, 224, 224, 64, 7, 7, 2, 3, 1));
        layers.add(new Pool("maxpool", 64, 112, 112, 3, 2, 1));
        int[] blocks = {3, 4, 6, 3};
        int inChannels = 64, size = 56;
        for (int stage = 0; stage < 4; stage++) {
            int width = 64 << stage, outChannels = 4 * width;
            for (int b = 0; b < blocks[stage]; b++) {
                int stride = (b == 0 && stage > 0) ? 2 : 1;
                int outSize = size / stride;
                String prefix = "layer" + (stage + 1) + "." + b + ".";
                layers.add(new Conv2d(prefix + "conv1", inChannels, size, size, width, 1, 1, 1, 0, 1));
                layers.add(new Conv2d(prefix + "conv2", width, size, size, width, 3, 3, stride, 1, 1));
                layers.add(new Conv2d(prefix + "conv3", width, outSize, outSize, outChannels, 1, 1, 1, 0, 1));
                if (b == 0)
                    layers.add(new Conv2d(prefix + "downsample.0", inChannels, size, size, outChannels, 1, 1, stride,
                            0, 1));
                layers.add(new Eltwise(prefix + "add", (long) outChannels * outSize * outSize, 2));
                inChannels = outChannels;
                size = outSize;
            }
        }
        layers.add(new Pool("avgpool", 2048, 7, 7, 7, 7, 0));
        layers.add(new Dense("fc", 1, 2048, 1000));
        return new NetworkSpec("resnet50", layers);
    }
}
