package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.coltrain.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every example survives parse, serialize, parse: the model read back equals the original (EcoreUtil's structural
 * equality, cross-references included). Checked both for the parsed model (the serializer keeps the user's text) and
 * for a copy without a node model (the serializer writes every token from the values).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ColtrainInjectorProvider.class)
class SerializerRoundTripTest {

    @Inject
    private Models models;

    @Inject
    private ISerializer serializer;

    static List<File> examples() {
        return ExampleFiles.valid();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serializedExampleParsesBackToAnEqualModel(File file) {
        Model original = models.load(file);
        String text = serializer.serialize(original);
        Model back = models.parse(text, file);
        assertTrue(models.issues(back).isEmpty(), () -> "re-parsed " + file + ": " + models.issues(back));
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, back), () -> file + " changed in the round trip:\n" + text);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleWithoutNodeModelSerializesFromItsValuesAndParsesBackEqual(File file) {
        Model original = models.load(file);
        Model copy = EcoreUtil.copy(original);
        Resource scratch = original.eResource().getResourceSet()
                .createResource(URI.createFileURI(new File(file.getParentFile(), "copy-of-" + file.getName()).getAbsolutePath()));
        scratch.getContents().add(copy);
        String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
        Model back = models.parse(text, file);
        assertEquals(List.of(), models.issues(back).stream().filter(i -> i.getCode() != null && i.getCode().contains("syntax")).toList());
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, back), () -> file + " changed in the round trip:\n" + text);
        assertEquals(text, serializer.serialize(back, SaveOptions.newBuilder().format().getOptions()),
                "serializing the re-parsed model gives the same text");
    }
}
