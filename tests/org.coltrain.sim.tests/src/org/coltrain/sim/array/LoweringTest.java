package org.coltrain.sim.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.LayerSpec.Dense;
import org.coltrain.sim.spec.LayerSpec.Matmul;
import org.coltrain.sim.spec.LayerSpec.Pool;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

class LoweringTest {

    @Test
    void convolutionLowersByIm2col() {
        // 3x3 conv, 64 -> 128 channels, 56x56, stride 2, pad 1: out 28x28; batch 2
        // M = 2 x 28 x 28 = 1568, K = 64 x 3 x 3 = 576, N = 128; ifmap 2 x 64 x 56 x 56 = 401408 distinct elements
        Gemm g = (Gemm) Lowering.forward(new Conv2d("c", 64, 56, 56, 128, 3, 3, 2, 1, 1), 2);
        assertEquals(List.of(1L, 1568L, 128L, 576L), List.of((long) g.count(), g.m(), g.n(), g.k()));
        assertEquals(401408, g.leftElements());
        assertEquals(576 * 128, g.rightElements());
    }

    @Test
    void groupedConvolutionIsOneGemmPerGroup() {
        // depthwise 3x3 on 32 channels, 16x16, pad 1: 32 groups of M = 256, K = 1 x 9, N = 1
        Gemm g = (Gemm) Lowering.forward(new Conv2d("dw", 32, 16, 16, 32, 3, 3, 1, 1, 32), 1);
        assertEquals(List.of(32L, 256L, 1L, 9L), List.of((long) g.count(), g.m(), g.n(), g.k()));
        assertEquals(32L * 256 * 9, g.macs());
    }

    @Test
    void denseUsesBatchTimesTokensRows() {
        Gemm g = (Gemm) Lowering.forward(new Dense("fc", 16, 768, 3072), 4);
        assertEquals(List.of(64L, 3072L, 768L), List.of(g.m(), g.n(), g.k()));
    }

    @Test
    void matmulRepeatsPerSampleAndHead() {
        Gemm g = (Gemm) Lowering.forward(new Matmul("qk", 12, 128, 64, 128), 2);
        assertEquals(24, g.count());
        assertEquals(24L * 128 * 64 * 128, g.macs());
    }

    @Test
    void poolingIsVectorWorkOfOutputsTimesWindow() {
        // 64 channels, 112 -> 56 with 3x3 stride 2 pad 1: 64 x 56 x 56 x 9 = 1806336 operations
        VectorWork v = (VectorWork) Lowering.forward(new Pool("mp", 64, 112, 112, 3, 2, 1), 1);
        assertEquals(1806336, v.operations());
    }

    @Test
    void trainingGemmsEachRepeatTheForwardMacs() {
        Conv2d conv = new Conv2d("c", 64, 28, 28, 64, 3, 3, 1, 1, 2);
        long forward = ((Gemm) Lowering.forward(conv, 8)).macs();
        List<Work> backward = Lowering.backward(conv, 8, true);
        assertEquals(List.of(Pass.BACKWARD_DATA, Pass.BACKWARD_WEIGHTS, Pass.WEIGHT_UPDATE),
                backward.stream().map(Work::pass).toList());
        assertEquals(forward, ((Gemm) backward.get(0)).macs());
        assertEquals(forward, ((Gemm) backward.get(1)).macs());
        assertEquals(conv.weightElements(), ((VectorWork) backward.get(2)).operations());
    }

    @Test
    void firstLayerNeedsNoInputGradient() {
        List<LayerSpec> layers = List.of(new Dense("a", 1, 8, 8), new Dense("b", 1, 8, 4));
        List<Work> step = Lowering.trainingStep(layers, 2);
        // forward a, b; backward b: data, weights, update; backward a: weights, update
        assertEquals(7, step.size());
        assertEquals(List.of("a", "b", "b", "b", "b", "a", "a"), step.stream().map(Work::layer).toList());
        assertEquals(Pass.BACKWARD_WEIGHTS, step.get(5).pass());
    }

    @Test
    void resnet50HasTorchvisionsMacsAndWeights() {
        NetworkSpec net = ReferenceNetworks.resnet50();
        long macs = 0;
        for (LayerSpec layer : net.layers())
            if (Lowering.forward(layer, 1) instanceof Gemm g) macs += g.macs();
        // torchvision model card: 4.09 GFLOPS (multiply-adds) at 224 x 224
        assertEquals(4.09e9, macs, 0.005e9);
        // torchvision: 25,557,032 parameters = conv/fc weights + 1,000 fc bias + 53,120 batch-norm (2 x 26,560 channels)
        assertEquals(25_557_032L - 1_000 - 53_120, net.weightElements());
    }
}
