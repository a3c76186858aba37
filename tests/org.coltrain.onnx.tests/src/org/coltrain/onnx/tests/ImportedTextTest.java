package org.coltrain.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.cli.ModelLoader;
import org.coltrain.model.Network;
import org.coltrain.onnx.ImportedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code coltrain import onnx} end to end: the .coltrain text it writes validates, and the language's own shape
 * inference gets the importer's layers back, name for name; examples/lib/resnet18.coltrain is that text.
 */
class ImportedTextTest {

    static final Path RESNET18_EXAMPLE = Path.of("examples/lib/resnet18.coltrain");

    @ParameterizedTest
    @ValueSource(strings = { "small_cnn.onnx", "mlp.onnx", "attention.onnx", "resnet18.onnx", "resnet50.onnx" })
    void importedTextValidatesAndTheLanguageInfersTheImportersShapes(String file, @TempDir Path dir) throws Exception {
        Path out = dir.resolve(file.replace(".onnx", ".coltrain"));
        OnnxModels.Cli cli = OnnxModels.Cli.run("import", "onnx", OnnxModels.model(file).toString(), "-o", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        ModelLoader.Loaded loaded = new ModelLoader().load(out.toFile());
        assertTrue(loaded.issues().isEmpty(), () -> loaded.issues().stream().map(i -> i.issue().toString()).collect(Collectors.joining("\n"))
                + "\n" + readQuietly(out));
        ImportedNetwork imported = OnnxModels.read(file);
        assertEquals(imported.spec().layers(), ModelToSim.network((Network) loaded.model().getElements().get(0)).layers());
    }

    @Test
    void unsupportedModelIsRefusedWithEveryNodeNamedAndNothingWritten(@TempDir Path dir) {
        Path out = dir.resolve("unsupported.coltrain");
        OnnxModels.Cli cli = OnnxModels.Cli.run("import", "onnx", OnnxModels.model("unsupported.onnx").toString(), "-o", out.toString());
        assertEquals(1, cli.exitCode());
        assertTrue(cli.err().contains("unsupported.onnx: node 1 'norm1' (LRN): unsupported operator LRN"), cli.err());
        assertTrue(cli.err().contains("node 2 'swap' (Transpose)"), cli.err());
        assertTrue(cli.err().contains("coltrain: nothing imported; 3 problem(s)"), cli.err());
        assertFalse(Files.exists(out));
    }

    // The example library's ResNet-18 is the importer's output for models/resnet18.onnx; after a deliberate change
    // to the importer, regenerate it with -Dcoltrain.updateGolden=true and review the diff.
    @Test
    void resnet18ExampleIsTheImportOfTheResnet18Graph() throws Exception {
        OnnxModels.Cli cli = OnnxModels.Cli.run("import", "onnx", OnnxModels.model("resnet18.onnx").toString());
        assertEquals(0, cli.exitCode(), cli.err());
        if (Boolean.getBoolean("coltrain.updateGolden")) Files.writeString(RESNET18_EXAMPLE, cli.out());
        assertEquals(cli.out(), Files.readString(RESNET18_EXAMPLE));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
