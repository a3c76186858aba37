package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.dsl.validation.IssueCodes;
import org.coltrain.model.ColtrainPackage;
import org.junit.jupiter.api.Test;

/** The study checks, both sides of each code. */
class StudyRulesTest extends RuleTestSupport {

    private static final String FIXED = CHIP.replace("accelerator Chip", "accelerator Fixed")
            .replace("inference encoding hbfp 8\n", "inference encoding fixed 8 fraction 0\n")
            .replace("\ttraining encoding hbfp 8 rounding stochastic\n", "");

    private static String cost(String designs, String metric) {
        return CHIP + FIXED + "study Cost {\n\tquestion cost\n\tdesigns " + designs + "\n\tclaim c {\n\t\tmetric " + metric
                + "\n\t\tpublished 13 %\n\t\ttolerance 1 %\n\t\tsource \"Equinox (MICRO 2021)\"\n\t}\n}\n";
    }

    @Test
    void costStudyWithTwoDesignsAndAKnownMetricValidates() {
        assertTrue(models.issues(parse(cost("Fixed, Chip", "power_overhead"))).isEmpty(),
                () -> models.issues(parse(cost("Fixed, Chip", "power_overhead"))).toString());
    }

    @Test
    void claimMustNameAMetricTheQuestionComputes() {
        assertOnlyError(cost("Fixed, Chip", "speedup"), ColtrainPackage.Literals.STUDY_CLAIM, IssueCodes.STUDY_UNKNOWN_METRIC);
    }

    @Test
    void costStudyNeedsTwoDesigns() {
        assertOnlyError(cost("Fixed", "power_overhead"), ColtrainPackage.Literals.STUDY, IssueCodes.STUDY_MISSING_PART);
    }

    private static String capacity(String variantWeights) {
        return CHIP + MLP + "network Other {\n\tinput 1 x 8 x 8\n\tdense fc1 out 10\n}\n" + """
                study Mix {
                	question capacity
                	search within area 10 mm2 power 5 W {
                		template Chip
                		rows 16
                		cols 16
                		buffers 192 KiB
                		encodings fixed 8 fraction 0
                		role baseline scheduler fifo
                		role batching scheduler adaptive
                	}
                	workload Mlp weight 50 %
                	workload Other weight 50 %
                	slo 500 us at percentile 99
                	variant skewed weights\s""" + variantWeights + "\n}\n";
    }

    @Test
    void variantMayReweightTheStudysWorkloads() {
        assertTrue(models.issues(parse(capacity("Mlp 90 %, Other 10 %"))).isEmpty(),
                () -> models.issues(parse(capacity("Mlp 90 %, Other 10 %"))).toString());
    }

    @Test
    void variantWeightMustNameAWorkloadOfTheStudy() {
        assertOnlyError(capacity("Mlp 90 %, Other 10 %").replace("\tworkload Other weight 50 %\n", ""),
                ColtrainPackage.Literals.STUDY_WORKLOAD, IssueCodes.STUDY_VARIANT_WORKLOAD);
    }
}
