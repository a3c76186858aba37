package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.coltrain.model.Model;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The formatter lays a model out as the examples are written, and formatting never changes the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ColtrainInjectorProvider.class)
class FormatterTest {

    @Inject
    private Models models;

    @Inject
    private ISerializer serializer;

    @Inject
    private FormatterTestHelper formatter;

    static List<File> examples() {
        return ExampleFiles.valid();
    }

    @Test
    void oneLineModelIsLaidOutOneStatementPerLine() {
        formatter.assertFormatted(request -> {
            request.setToBeFormatted("accelerator Chip { array main { count 1 rows 16 cols 16 dataflow weight-stationary"
                    + " clock 1 GHz } buffer weight size 64 KiB dram { bandwidth 25.6 GB/s } inference encoding hbfp 8 }"
                    + " network Mlp { input 1 x 8 x 8 dense fc1 out 64 dense fc2 out 10 }");
            request.setExpectation("""
                    accelerator Chip {
                    	array main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 GHz }
                    	buffer weight size 64 KiB
                    	dram { bandwidth 25.6 GB/s }
                    	inference encoding hbfp 8
                    }

                    network Mlp {
                    	input 1 x 8 x 8
                    	dense fc1 out 64
                    	dense fc2 out 10
                    }""");
        });
    }

    /** Each example with its comments removed and all whitespace collapsed to single spaces, then formatted. */
    @ParameterizedTest
    @MethodSource("examples")
    void formattingAFlattenedExampleGivesTheSameModel(File file) throws IOException {
        String flat = Files.readString(file.toPath()).replaceAll("//[^\n]*", "").replaceAll("\\s+", " ").trim();
        Model unformatted = models.parse(flat, file);
        assertTrue(models.issues(unformatted).isEmpty(), () -> "flattened " + file + ": " + models.issues(unformatted));
        String formatted = serializer.serialize(unformatted, SaveOptions.newBuilder().format().getOptions());
        assertTrue(formatted.lines().count() > 3, () -> "still on one line:\n" + formatted);
        Model back = models.parse(formatted, file);
        assertTrue(models.issues(back).isEmpty(), () -> "formatted " + file + ": " + models.issues(back) + "\n" + formatted);
        assertTrue(new EcoreUtil.EqualityHelper().equals(unformatted, back), () -> "formatting changed " + file + ":\n" + formatted);
        assertEquals(formatted, serializer.serialize(back, SaveOptions.newBuilder().format().getOptions()),
                "formatting is idempotent");
    }
}
