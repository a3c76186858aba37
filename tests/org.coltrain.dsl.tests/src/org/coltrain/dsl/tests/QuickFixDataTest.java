package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The quick fixes that put a check's issue data in place of the marked text (ColtrainQuickFixes, tested in the IDE
 * for two of them): for each such check, doing exactly that to the text makes the issue go away.
 */
class QuickFixDataTest extends RuleTestSupport {

    /** The model's one issue with the code, fixed the way the quick fix does it; the fixed text has no such issue. */
    private void replacingTheMarkedTextWithTheDataFixes(String text, String code, String expectedData) {
        List<Issue> issues = models.issues(parse(text)).stream().filter(i -> code.equals(i.getCode())).toList();
        assertEquals(1, issues.size(), () -> "one " + code + " expected in " + issues);
        Issue issue = issues.get(0);
        assertNotNull(issue.getData(), "the check gives the replacement as issue data");
        assertEquals(expectedData, issue.getData()[0]);
        String fixed = text.substring(0, issue.getOffset()) + issue.getData()[0] + text.substring(issue.getOffset() + issue.getLength());
        assertTrue(models.issues(parse(fixed)).stream().noneMatch(i -> code.equals(i.getCode())), () -> "still " + code + " in:\n" + fixed);
    }

    @Test
    void channelMismatchGetsTheInferredChannels() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("dense fc2 out 10", "dense fc2 in 32 out 10"),
                IssueCodes.CHANNEL_MISMATCH, "64");
    }

    @Test
    void hbfpOutOfRangeGetsTheEmulatorsValues() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("inference encoding hbfp 8", "inference encoding hbfp 1"),
                IssueCodes.HBFP_BITS_RANGE, "8");
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("inference encoding hbfp 8", "inference encoding hbfp 8 block 0"),
                IssueCodes.HBFP_BLOCK_RANGE, "24");
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("inference encoding hbfp 8", "inference encoding hbfp 8 exponent 1"),
                IssueCodes.HBFP_EXPONENT_RANGE, "10");
    }

    @Test
    void fixedPointTrainingGetsAnEncodingThatTrains() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("training encoding hbfp 8 rounding stochastic", "training encoding fixed 8 fraction 6"),
                IssueCodes.FIXED_POINT_TRAINING, "hbfp 8");
    }

    @Test
    void aFractionalSweptBatchGetsAWholeNumber() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep ^workload.services.digits.maxBatch in [1, 2.5]\n"),
                IssueCodes.SWEEP_VALUE_NOT_WHOLE, "2"); // Math.rint: halves go to the even neighbour
    }

    @Test
    void aMistypedKeywordGetsTheNearMiss() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("rows 16 cols 16", "rows 16 colz 16"), Diagnostic.SYNTAX_DIAGNOSTIC, "cols");
    }

    @Test
    void aKeywordUsedAsANameGetsEscaped() {
        replacingTheMarkedTextWithTheDataFixes(SYSTEM.replace("dense fc1 out 64", "dense x out 64"), Diagnostic.SYNTAX_DIAGNOSTIC, "^x");
    }
}
