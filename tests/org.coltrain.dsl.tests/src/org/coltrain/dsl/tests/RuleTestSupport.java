package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.coltrain.model.Model;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Both sides of an editor check: a failing model gets exactly the rule's code on the right kind of object, and
 * nothing else; the corrected model has no issue at all. Shared small models live here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ColtrainInjectorProvider.class)
abstract class RuleTestSupport {

    /** A small accelerator that validates clean; tests replace one phrase of it. */
    static final String CHIP = """
            accelerator Chip {
            	array main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 GHz }
            	buffer ifmap size 64 KiB
            	buffer weight size 64 KiB
            	buffer ofmap size 64 KiB
            	dram ddr4 { bandwidth 25.6 GB/s capacity 1 GiB }
            	inference encoding hbfp 8
            	training encoding hbfp 8 rounding stochastic
            }
            """;

    /** A 64-64-10 MLP (4.7 k weights) that validates clean. */
    static final String MLP = """
            network Mlp {
            	input 1 x 8 x 8
            	dense fc1 out 64
            	eltwise relu1 relu
            	dense fc2 out 10
            }
            """;

    /** A service and a training job on the MLP; the batch-1 latency on Chip is about 1 us. */
    static final String LOAD = """
            workload Load {
            	service digits {
            		network Mlp
            		arrival poisson rate 1000 /s
            		slo 500 us at percentile 99
            		max batch 16
            	}
            	training tune {
            		network Mlp
            		batch 32
            	}
            }
            """;

    static final String RUN = """
            experiment Run {
            	accelerator Chip
            	workload Load
            	scheduler adaptive
            	duration 1 s
            	warmup 100 ms
            }
            """;

    /** The four parts together: a complete model without issues. */
    static final String SYSTEM = CHIP + MLP + LOAD + RUN;

    @Inject
    Models models;

    @Inject
    ValidationTestHelper validation;

    Model parse(String text) {
        return models.parse(text);
    }

    /** The model has exactly one kind of issue: an error with this code on an object of this class. */
    void assertOnlyError(String text, EClass on, String code) {
        assertOnly(parse(text), on, code, Severity.ERROR);
    }

    void assertOnlyWarning(String text, EClass on, String code) {
        assertOnly(parse(text), on, code, Severity.WARNING);
    }

    void assertOnly(Model model, EClass on, String code, Severity severity) {
        validation.assertIssue(model, on, code, severity);
        List<Issue> issues = models.issues(model);
        List<String> others = issues.stream().filter(i -> !code.equals(i.getCode()) || i.getSeverity() != severity)
                .map(Issue::toString).toList();
        assertTrue(others.isEmpty(), () -> "expected only " + code + ", also got:\n" + String.join("\n", others));
        issues.forEach(i -> assertTrue(i.getMessage().length() > 20, "message too short to help: " + i.getMessage()));
    }

    /** The corrected model: no issue at all, and in particular not this code. */
    void assertClean(String text, String code) {
        Model model = parse(text);
        validation.assertNoError(model, code);
        List<Issue> issues = models.issues(model);
        assertEquals("", issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
    }
}
