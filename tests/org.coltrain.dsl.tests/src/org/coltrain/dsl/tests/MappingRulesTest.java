package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coltrain.bridge.ModelToMapping;
import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.Model;
import org.coltrain.model.Soc;
import org.coltrain.sim.mapping.AnalogImcArray;
import org.coltrain.sim.mapping.DigitalArray;
import org.coltrain.sim.mapping.SplitSystem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/** The soc and mapping checks (both sides of each code) and the bridge from the DIANA example to the core. */
class MappingRulesTest {

    private static final Injector INJECTOR = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration();
    private static final String NET = "network Net { input 3 x 8 x 8 conv c1 out 8 kernel 3 padding 1 pool p avg global dense fc out 4 }\n";
    private static final String SOC = """
            soc S {
            	digital d { lanes 16 x 16 clock 260 MHz power 25 mW weights int 8 }
            	analog a { crossbar 1152 x 512 step 70 ns clock 260 MHz power 29 mW weights ternary }
            	power both 42 mW
            }
            """;

    @TempDir
    Path dir;

    private List<Issue> issues(String text) throws IOException {
        Path file = dir.resolve("m.coltrain");
        Files.writeString(file, text);
        XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
        Resource r = set.getResource(URI.createFileURI(file.toString()), true);
        EcoreUtil.resolveAll(set);
        return INJECTOR.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private List<String> errorCodes(String text) throws IOException {
        return issues(text).stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::getCode).toList();
    }

    private static String mapping(String body) {
        return "mapping M { soc S network Net noise 0.001, 0.2 " + body + " }\n";
    }

    @Test
    void cleanSocAndMappingValidate() throws IOException {
        assertEquals(List.of(), errorCodes(NET + SOC + mapping("budget 30 % layer c1 split 3 sensitivity 2")));
    }

    @Test
    void socNeedsExactlyTwoArrays() throws IOException {
        String one = "soc S { digital d { lanes 16 x 16 clock 260 MHz power 25 mW weights int 8 } power both 42 mW }\n";
        assertTrue(errorCodes(one).contains("org.coltrain.socArrayCount"));
    }

    @Test
    void intWeightsNeedTwoToTwentyFourBits() throws IOException {
        assertTrue(errorCodes(NET + SOC.replace("int 8", "int 1") + mapping("")).contains("org.coltrain.intWeightsRange"));
        assertTrue(!errorCodes(NET + SOC.replace("int 8", "int 24") + mapping("")).contains("org.coltrain.intWeightsRange"));
    }

    @Test
    void budgetLiesBetweenZeroAndOne() throws IOException {
        assertTrue(errorCodes(NET + SOC + mapping("budget 1.5")).contains("org.coltrain.mappingBudgetRange"));
        assertTrue(errorCodes(NET + SOC + mapping("budget 100 %")).isEmpty());
    }

    @Test
    void mappedLayerMustBeASplittableLayerOfTheNetwork() throws IOException {
        assertTrue(errorCodes(NET + SOC + mapping("layer p split 1")).contains("org.coltrain.mappingLayerUnknown"));
        assertTrue(errorCodes(NET + SOC + mapping("layer nope sensitivity 2")).contains("org.coltrain.mappingLayerUnknown"));
        assertTrue(errorCodes(NET + SOC + mapping("layer fc split 4")).isEmpty());
    }

    @Test
    void splitMayNotExceedTheLayersChannels() throws IOException {
        assertTrue(errorCodes(NET + SOC + mapping("layer c1 split 9")).contains("org.coltrain.mappingSplitRange"));
        assertTrue(errorCodes(NET + SOC + mapping("layer c1 split 8")).isEmpty());
    }

    @Test
    void mappedNetworkNeedsALayerToSplit() throws IOException {
        String pools = "network Net { input 3 x 8 x 8 pool p max kernel 2 stride 2 }\n";
        assertTrue(errorCodes(pools + SOC + mapping("")).contains("org.coltrain.mappingNothingToSplit"));
        assertTrue(!errorCodes(NET + SOC + mapping("")).contains("org.coltrain.mappingNothingToSplit"));
    }

    @Test
    void nonPositiveArraySizesAreErrors() throws IOException {
        assertTrue(errorCodes(NET + SOC.replace("step 70 ns", "step 0 ns") + mapping("")).contains("org.coltrain.nonPositive"));
        assertTrue(errorCodes(NET + SOC.replace("ternary", "ternary threshold -1") + mapping("")).contains("org.coltrain.nonPositive"));
        assertTrue(errorCodes(NET + SOC + mapping("").replace("noise 0.001, 0.2", "noise trained epochs 0"))
                .contains("org.coltrain.nonPositive"));
        assertTrue(errorCodes(NET + SOC + mapping("").replace("noise 0.001, 0.2", "noise trained seed 3 epochs 2")).isEmpty());
    }

    @Test
    void dianaExampleBridgesToTheReferenceSystem() throws IOException {
        XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
        Resource r = set.getResource(URI.createFileURI(Path.of("examples/odimo/diana.coltrain").toAbsolutePath().toString()), true);
        EcoreUtil.resolveAll(set);
        Model model = (Model) r.getContents().get(0);
        Soc soc = model.getElements().stream().filter(Soc.class::isInstance).map(Soc.class::cast).findFirst().orElseThrow();
        SplitSystem fromModel = ModelToMapping.system(soc), reference = SplitSystem.diana();
        DigitalArray d = (DigitalArray) fromModel.first();
        AnalogImcArray a = (AnalogImcArray) fromModel.second();
        assertEquals(new DigitalArray("dig", 16, 16, 260e6, 8, d.weights()), d);
        assertEquals(reference.first().weights(), d.weights());
        assertEquals(new AnalogImcArray("aimc", 1152, 512, 128, 64, 8, 70, 260e6, 8, a.weights()), withStep(a, 70));
        assertEquals(reference.second().weights(), a.weights());
        assertEquals(reference.power().firstOnlyMw(), fromModel.power().firstOnlyMw(), 1e-9);
        assertEquals(reference.power().secondOnlyMw(), fromModel.power().secondOnlyMw(), 1e-9);
        assertEquals(reference.power().bothMw(), fromModel.power().bothMw(), 1e-9);
        ChannelMapping m = model.getElements().stream().filter(ChannelMapping.class::isInstance)
                .map(ChannelMapping.class::cast).findFirst().orElseThrow();
        // ResNet-20 with projection shortcuts: 1 stem + 18 convs + 2 projections + 1 classifier.
        assertEquals(22, ModelToMapping.problem(m).layers().size());
    }

    /** 70 ns arrives as 7e-8 s times 1e9, which need not be exactly 70.0 in binary. */
    private static AnalogImcArray withStep(AnalogImcArray a, double stepNs) {
        assertEquals(stepNs, a.stepNs(), 1e-9);
        return new AnalogImcArray(a.name(), a.rows(), a.cols(), a.inputChannelsPerStep(), a.minRowChannels(), a.maxUnroll(),
                stepNs, a.clockHz(), a.weightLoadCyclesPerRow(), a.weights());
    }
}
