package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.model.Dense;
import org.coltrain.model.Model;
import org.coltrain.model.Network;
import org.coltrain.model.Study;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

/**
 * The words only the study part made keywords stay usable as names: a network called {@code search}, layers called
 * {@code source} and {@code template}, a study called {@code study} that references them. The model parses clean,
 * its references resolve, and it survives serialization from its values.
 */
class SoftKeywordsTest extends RuleTestSupport {

    private static final String MODEL = CHIP + """
            network search {
            	input 1 x 8 x 8
            	dense source out 64
            	dense template out 10 from source
            }
            study study {
            	question capacity
            	designs Chip, Chip
            	schedulers fifo, adaptive
            	workload search
            	slo 500 us at percentile 99
            }
            """;

    @Inject
    ISerializer serializer;

    @Test
    void studyWordsAreNamesOutsideTheStudyPart() {
        Model model = parse(MODEL);
        assertEquals(List.of(), models.issues(model).stream().filter(i -> i.getCode() != null
                && (i.getCode().contains("syntax") || i.getCode().contains("linking"))).toList());
        Network net = (Network) model.getElements().get(1);
        assertEquals("search", net.getName());
        assertEquals("source", net.getLayers().get(0).getName());
        assertEquals("source", ((Dense) net.getLayers().get(1)).getFrom().getName());
        Study study = (Study) model.getElements().get(2);
        assertEquals("study", study.getName());
        assertEquals(net, study.getWorkloads().get(0).getNetwork());
    }

    @Test
    void softKeywordNamesSurviveSerializationFromValues() {
        Model model = parse(MODEL);
        Model copy = EcoreUtil.copy(model);
        model.eResource().getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("copy.coltrain"))
                .getContents().add(copy);
        String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
        Model back = parse(text);
        assertTrue(new EcoreUtil.EqualityHelper().equals(model, back), () -> "changed in the round trip:\n" + text);
    }
}
