package org.coltrain.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coltrain.onnx.ImportedLayer;
import org.coltrain.onnx.ImportedNetwork;
import org.coltrain.onnx.OnnxImport;
import org.coltrain.onnx.OnnxImportException;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.spec.LayerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on the models of models/: shapes, folding, parameter and MAC counts, and what it refuses. */
class OnnxImportTest {

    // torchvision resnet18: 11,689,512 parameters (torchvision's model table); of them 9,600 are batch-norm scale
    // and shift (2 x 4,800 channels: 64 + 4 x 64 + 5 x 128 + 5 x 256 + 5 x 512) and 1,000 the fc bias.
    // MACs per 224 x 224 image, conv + fc, from the layer shapes (He et al. 2016, Table 1; torchvision: 1.81 G):
    // conv1 64*3*7*7*112^2; layer1 4 x 64*64*9*56^2; each later stage one strided 3x3, three 3x3 and a 1x1
    // projection, with the MACs of layer2's in every stage (channels double where the area quarters); fc 512*1000.
    @Test
    void resnet18HasThePublishedParameterCountAndMacs() throws Exception {
        ImportedNetwork net = OnnxModels.read("resnet18.onnx");
        long stage = 128L * 64 * 9 * 28 * 28 + 3L * 128 * 128 * 9 * 28 * 28 + 128L * 64 * 28 * 28;
        long expected = 64L * 3 * 49 * 112 * 112 + 4L * 64 * 64 * 9 * 56 * 56 + 3 * stage + 512L * 1000;
        assertEquals(1_814_073_344L, expected);
        assertEquals(expected, OnnxModels.macs(net.spec()));
        assertEquals(1.81, Math.round(OnnxModels.macs(net.spec()) / 1e7) / 100.0, "torchvision's 1.81 GFLOPS (MACs)");
        assertEquals(11_689_512L, net.graphParameters());
        assertEquals(11_689_512L - 9_600 - 1_000, net.spec().weightElements());
        assertEquals(20, net.foldedBatchNorms());
        assertEquals(17, net.fusedActivations());
        // one bias per folded batch-norm channel (4,800) plus fc's 1,000
        assertEquals(4_800 + 1_000, net.biasElements());
    }

    // torchvision resnet50: 25,557,032 parameters, 53,120 of them batch-norm affine, 1,000 the fc bias; 4.09 GMACs.
    // The graph imports to the same layers as the workbench's reference ResNet-50 and examples/lib/resnet50.coltrain.
    @Test
    void resnet50ImportsToTheReferenceLayersWithThePublishedCounts() throws Exception {
        ImportedNetwork net = OnnxModels.read("resnet50.onnx");
        var reference = ReferenceNetworks.resnet50();
        assertEquals(reference.layers().size(), net.layers().size());
        for (int i = 0; i < reference.layers().size(); i++)
            assertEquals(withoutName(reference.layers().get(i)), withoutName(net.spec().layers().get(i)), "layer " + i);
        assertEquals(25_557_032L, net.graphParameters());
        assertEquals(25_557_032L - 53_120 - 1_000, net.spec().weightElements());
        assertEquals(4_089_184_256L, OnnxModels.macs(net.spec()));
    }

    @Test
    void smallCnnFoldsBatchNormFusesActivationsAndStatesTheInputAfterAConcat() throws Exception {
        ImportedNetwork net = OnnxModels.read("small_cnn.onnx");
        assertEquals(List.of("conv1", "pool1", "conv2", "conv3", "conv4", "add", "mul", "dw", "avgpool", "gap", "fc", "softmax"),
                net.layers().stream().map(ImportedLayer::name).toList());
        ImportedLayer conv1 = layer(net, "conv1");
        assertEquals(List.of("BatchNormalization", "Relu"), conv1.fused());
        assertEquals(8, conv1.biasElements(), "the folded batch norm's shift becomes conv1's bias");
        assertEquals("pool1", layer(net, "conv3").from());
        assertArrayEquals(new int[] { 32, 8, 8 }, layer(net, "conv4").explicitInput(), "16 + 16 channels joined by the Concat");
        assertEquals(List.of("conv3"), layer(net, "add").with());
        assertEquals(List.of("conv2"), layer(net, "mul").with());
        assertEquals(new LayerSpec.Conv2d("dw", 16, 8, 8, 16, 3, 3, 1, 1, 16), layer(net, "dw").spec());
        assertEquals(new LayerSpec.Pool("gap", 16, 4, 4, 4, 4, 0), layer(net, "gap").spec());
        assertEquals(new LayerSpec.Dense("fc", 1, 16, 10), layer(net, "fc").spec());
        assertEquals(1, net.foldedBatchNorms());
        assertEquals(4, net.fusedActivations(), "relu1, the Clip of conv2, relu_add, relu_dw");
        assertEquals(2, net.layoutOps(), "Concat, Flatten");
        // conv1 216 + bn 16, conv2 1,152 + 16, conv3 128, conv4 512, dw 144, fc 160 + 10
        assertEquals(2_354, net.graphParameters());
        // conv1 8*3*9*32^2 = 221,184; conv2 16*8*9*8^2 = 73,728; conv3 16*8*8^2 = 8,192; conv4 16*32*8^2 = 32,768;
        // dw 16*9*8^2 = 9,216; fc 16*10 = 160
        assertEquals(345_248L, OnnxModels.macs(net.spec()));
    }

    @Test
    void matmulWithAWeightIsDenseAndItsBiasAddFolds() throws Exception {
        ImportedNetwork net = OnnxModels.read("mlp.onnx");
        assertEquals(List.of(new LayerSpec.Dense("fc1", 1, 64, 32), new LayerSpec.Dense("fc2", 1, 32, 10)), net.spec().layers());
        assertEquals(List.of(32L, 10L), net.layers().stream().map(ImportedLayer::biasElements).toList());
        assertEquals(64 * 32 + 32 + 32 * 10 + 10, net.graphParameters());
    }

    @Test
    void matmulOfTwoActivationsIsAnActivationGemm() throws Exception {
        ImportedNetwork net = OnnxModels.read("attention.onnx");
        assertEquals(new LayerSpec.Matmul("scores", 1, 8, 16, 8), layer(net, "scores").spec());
        assertEquals(new LayerSpec.Matmul("context", 1, 8, 8, 16), layer(net, "context").spec());
        assertEquals(new LayerSpec.Dense("q", 8, 16, 16), layer(net, "q").spec(), "8 tokens of 16 features");
        assertNull(layer(net, "softmax").from());
    }

    @Test
    void everyUnsupportedOperatorAndAttributeIsNamedWithItsNode() {
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxModels.read("unsupported.onnx"));
        List<String> problems = e.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("node 1 'norm1' (LRN): unsupported operator LRN"), problems.get(0));
        assertTrue(problems.get(1).startsWith("node 2 'swap' (Transpose): unsupported operator Transpose"), problems.get(1));
        assertTrue(problems.get(2).startsWith("node 3 'asym' (Conv): pads [0, 0, 1, 1] are not the same on all sides"), problems.get(2));
    }

    @Test
    void aFileThatIsNotOnnxIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("model.onnx"), "network N { input 1 x 8 x 8 }");
        OnnxImportException e = assertThrows(OnnxImportException.class, () -> OnnxImport.read(text));
        assertTrue(e.getMessage().startsWith("model.onnx is not an ONNX model"), e.getMessage());
    }

    private static ImportedLayer layer(ImportedNetwork net, String name) {
        return net.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no layer " + name));
    }

    /** A layer's shape with its name blanked: the reference names layers with '.', the import with '_'. */
    private static String withoutName(LayerSpec layer) {
        return layer.toString().replaceFirst(java.util.regex.Pattern.quote("name=" + layer.name()), "");
    }
}
