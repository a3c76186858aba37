package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.ACCURACY_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.CHANNEL_MISMATCH;
import static org.coltrain.dsl.validation.IssueCodes.ELASTIC_CHOICES_ORDER;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.coltrain.dsl.validation.IssueCodes.SUBNET_CHOICE_UNKNOWN;
import static org.coltrain.dsl.validation.IssueCodes.TARGET_RANGE_EMPTY;
import static org.coltrain.dsl.validation.IssueCodes.WARMUP_NOT_BELOW_DURATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.SuperNet;
import org.coltrain.model.SuperNetServing;
import org.junit.jupiter.api.Test;

/** SuperNets, SubNets and SuperNet serving (SuperNetValidator), each both ways. */
class SuperNetRulesTest extends RuleTestSupport {

    /** Two stages of a tiny SuperNet, one SubNet, and a serving block on Chip: validates clean. */
    private static final String SUPERNET = CHIP + """
            network Stem {
            	input 3 x 8 x 8
            	conv c0 out 8 kernel 1
            }

            network Head {
            	input 16 x 4 x 4
            	conv c9 out 2 kernel 1
            }

            supernet Tiny {
            	stem Stem
            	stage one { out 8 depth 1, 2 expand 3, 4 kernel 3, 5 }
            	stage two { out 16 stride 2 depth 1, 2 expand 3, 4 kernel 3, 5 squeeze-excite }
            	head Head
            	subnet small accuracy 70 % { depth 1, 2 expand 3, 4 kernel 3, 5 }
            }

            serving Stream {
            	accelerator Chip
            	supernet Tiny
            	weight cache 16 KiB
            	arrival poisson rate 100 /s
            	targets for 1 s latency 1 ms to 3 ms accuracy 60 %
            	targets for 1 s latency 2 ms
            	duration 2 s
            	warmup 100 ms
            }
            """;

    @Test
    void theTinySuperNetValidatesAndLinks() {
        assertClean(SUPERNET, SUBNET_CHOICE_UNKNOWN);
        var model = parse(SUPERNET);
        SuperNetServing serving = (SuperNetServing) model.getElements().get(4);
        SuperNet net = serving.getSuperNet();
        assertEquals("Tiny", net.getName());
        // value lists keep repeated values: one per stage
        assertEquals(java.util.List.of(3.0, 4.0), net.getSubNets().get(0).getExpandRatios());
        assertEquals(2, serving.getTargets().size());
    }

    @Test
    void descendingDepthsAreRejected() {
        assertOnlyError(SUPERNET.replace("stage one { out 8 depth 1, 2", "stage one { out 8 depth 2, 1"),
                Literals.ELASTIC_STAGE, ELASTIC_CHOICES_ORDER);
    }

    @Test
    void evenKernelsAreRejected() {
        assertOnlyError(SUPERNET.replace("stage one { out 8 depth 1, 2 expand 3, 4 kernel 3, 5 }",
                "stage one { out 8 depth 1, 2 expand 3, 4 kernel 3, 4 }"),
                Literals.ELASTIC_STAGE, ELASTIC_CHOICES_ORDER);
    }

    @Test
    void aSubNetValueOutsideItsStageIsRejected() {
        assertOnlyError(SUPERNET.replace("{ depth 1, 2 expand 3, 4 kernel 3, 5 }\n}", "{ depth 1, 2 expand 3, 6 kernel 3, 5 }\n}"),
                Literals.SUB_NET, SUBNET_CHOICE_UNKNOWN);
    }

    @Test
    void aSubNetNeedsOneValuePerStage() {
        assertOnlyError(SUPERNET.replace("{ depth 1, 2 expand 3, 4 kernel 3, 5 }\n}", "{ depth 1 expand 3, 4 kernel 3, 5 }\n}"),
                Literals.SUB_NET, SUBNET_CHOICE_UNKNOWN);
    }

    @Test
    void anAccuracyWithoutPercentIsOutOfRange() {
        assertOnlyError(SUPERNET.replace("accuracy 70 %", "accuracy 70"), Literals.SUB_NET, ACCURACY_RANGE);
    }

    @Test
    void anAccuracyFloorAbove100PercentIsOutOfRange() {
        assertOnlyError(SUPERNET.replace("accuracy 60 %", "accuracy 160 %"), Literals.TARGET_PHASE, ACCURACY_RANGE);
    }

    @Test
    void aReversedTargetRangeIsEmpty() {
        assertOnlyError(SUPERNET.replace("latency 1 ms to 3 ms", "latency 3 ms to 1 ms"), Literals.TARGET_PHASE,
                TARGET_RANGE_EMPTY);
    }

    @Test
    void aSingleTargetNeedsNoRange() {
        assertClean(SUPERNET.replace("latency 1 ms to 3 ms", "latency 3 ms"), TARGET_RANGE_EMPTY);
    }

    @Test
    void theHeadMustTakeTheLastStagesChannels() {
        assertOnlyError(SUPERNET.replace("input 16 x 4 x 4", "input 24 x 4 x 4"), Literals.SUPER_NET, CHANNEL_MISMATCH);
    }

    @Test
    void aZeroWindowIsRejected() {
        assertOnlyError(SUPERNET.replace("\tduration 2 s", "\twindow 0\n\tduration 2 s"), Literals.SUPER_NET_SERVING,
                NON_POSITIVE);
    }

    @Test
    void warmupMustBeShorterThanTheRun() {
        assertOnlyError(SUPERNET.replace("warmup 100 ms", "warmup 3 s"), Literals.SUPER_NET_SERVING,
                WARMUP_NOT_BELOW_DURATION);
    }
}
