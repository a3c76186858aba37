package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Model;
import org.coltrain.model.Network;
import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.Lowering;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every shipped example parses, links and validates clean, and the library networks have their published sizes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ColtrainInjectorProvider.class)
class ExampleModelsTest {

    @Inject
    private Models models;

    static List<File> examples() {
        return ExampleFiles.valid();
    }

    @Test
    void theExamplesIncludeTheLibraryTheAcceleratorsAndTheServingModel() {
        List<String> names = examples().stream().map(File::getPath).toList();
        for (String expected : List.of("examples/lib/resnet50.coltrain", "examples/lib/mlp.coltrain",
                "examples/lib/bert_base_layer.coltrain", "examples/accelerators.coltrain", "examples/serving.coltrain"))
            assertTrue(names.contains(expected), expected + " missing from " + names);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleParsesLinksAndValidatesWithoutIssues(File file) {
        Model model = models.load(file);
        List<Issue> issues = models.issues(model);
        assertTrue(issues.isEmpty(), () -> file + ":\n" + issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
        assertFalse(model.getElements().isEmpty(), file + " defines nothing");
    }

    // torchvision resnet50: 25,557,032 parameters of which 53,120 are batch-norm affine and 1,000 the fc bias
    // (25,502,912 weights); 4,089,184,256 MACs per 224 x 224 image (4.09 G, as fvcore and ptflops count).
    @Test
    void resnet50ExampleHasTheReferenceLayerShapesMacsAndWeights() {
        NetworkSpec example = network("examples/lib/resnet50.coltrain");
        NetworkSpec reference = ReferenceNetworks.resnet50();
        assertEquals(reference.layers().size(), example.layers().size(), "layer count");
        assertEquals(macs(reference), macs(example), "MACs");
        assertEquals(reference.weightElements(), example.weightElements(), "weights");
        assertEquals(25_502_912L, example.weightElements());
        assertEquals(4_089_184_256L, macs(example));
        for (int i = 0; i < reference.layers().size(); i++)
            assertEquals(withoutName(reference.layers().get(i)), withoutName(example.layers().get(i)), "layer " + i);
    }

    // 128 x 768 x (3 x 768) QKV + 2 x 12 x 128 x 64 x 128 attention + 128 x 768 x 768 output + 2 x 128 x 768 x 3072 FFN.
    @Test
    void bertBaseLayerExampleHasTheGemmsOfOneEncoderLayer() {
        NetworkSpec bert = network("examples/lib/bert_base_layer.coltrain");
        long expectedMacs = 128L * 768 * 2304 + 2L * 12 * 128 * 64 * 128 + 128L * 768 * 768 + 2L * 128 * 768 * 3072;
        assertEquals(expectedMacs, macs(bert));
        assertEquals(768L * 2304 + 768L * 768 + 2L * 768 * 3072, bert.weightElements());
    }

    // 64 x 64 + 64 x 10 weights, one MAC each per sample.
    @Test
    void mlpExampleHas4736WeightsAndMacs() {
        NetworkSpec mlp = network("examples/lib/mlp.coltrain");
        assertEquals(4736, mlp.weightElements());
        assertEquals(4736, macs(mlp));
    }

    private NetworkSpec network(String path) {
        Model model = models.load(new File(path));
        return ModelToSim.network((Network) model.getElements().get(0));
    }

    private static long macs(NetworkSpec network) {
        long total = 0;
        for (LayerSpec layer : network.layers())
            if (Lowering.forward(layer, 1) instanceof Gemm g) total += g.macs();
        return total;
    }

    /** A layer's shape with its name blanked: the example names layers with '_', the reference with '.'. */
    private static String withoutName(LayerSpec layer) {
        return layer.toString().replaceFirst(java.util.regex.Pattern.quote("name=" + layer.name()), "");
    }
}
