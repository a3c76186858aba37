package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.CHANNEL_MISMATCH;
import static org.coltrain.dsl.validation.IssueCodes.DUPLICATE_NAME;
import static org.coltrain.dsl.validation.IssueCodes.EMPTY_OUTPUT;
import static org.coltrain.dsl.validation.IssueCodes.FROM_NOT_EARLIER;
import static org.coltrain.dsl.validation.IssueCodes.GROUPS_NOT_DIVIDING;
import static org.coltrain.dsl.validation.IssueCodes.OPERAND_SHAPE_MISMATCH;

import org.coltrain.model.ColtrainPackage.Literals;
import org.junit.jupiter.api.Test;

/** Network checks (NetworkValidator), each both ways. */
class NetworkRulesTest extends RuleTestSupport {

    private static String net(String layers) {
        return "network Net {\n\tinput 6 x 16 x 16\n" + layers + "}\n";
    }

    @Test
    void denseDeclaringFewerInputsThanItsPredecessorGivesIsAChannelMismatch() {
        assertOnlyError(MLP.replace("dense fc2 out 10", "dense fc2 in 32 out 10"), Literals.DENSE, CHANNEL_MISMATCH);
    }

    @Test
    void denseDeclaringTheInputsItGetsChainsCleanly() {
        assertClean(MLP.replace("dense fc2 out 10", "dense fc2 in 64 out 10"), CHANNEL_MISMATCH);
    }

    @Test
    void convDeclaringWrongInputChannelsIsAChannelMismatch() {
        assertOnlyError(net("\tconv c1 in 3 out 12 kernel 3 padding 1\n"), Literals.CONV2D, CHANNEL_MISMATCH);
    }

    @Test
    void convDeclaringItsInputChannelsChainsCleanly() {
        assertClean(net("\tconv c1 in 6 out 12 kernel 3 padding 1\n"), CHANNEL_MISMATCH);
    }

    @Test
    void groupsThatDoNotDivideTheInputChannelsAreAnError() {
        assertOnlyError(net("\tconv c1 out 12 kernel 3 padding 1 groups 4\n"), Literals.CONV2D, GROUPS_NOT_DIVIDING);
    }

    @Test
    void groupsThatDivideBothChannelCountsAreAccepted() {
        assertClean(net("\tconv c1 out 12 kernel 3 padding 1 groups 3\n"), GROUPS_NOT_DIVIDING);
    }

    @Test
    void depthwiseConvWithOutputsNotAMultipleOfInputsIsAnError() {
        assertOnlyError(net("\tconv c1 out 8 kernel 3 padding 1 depthwise\n"), Literals.CONV2D, GROUPS_NOT_DIVIDING);
    }

    @Test
    void depthwiseConvWithOneOutputPerInputIsAccepted() {
        assertClean(net("\tconv c1 out 6 kernel 3 padding 1 depthwise\n"), GROUPS_NOT_DIVIDING);
    }

    @Test
    void kernelLargerThanThePaddedInputGivesAnEmptyOutput() {
        assertOnlyError(net("\tconv c1 out 12 kernel 17\n"), Literals.CONV2D, EMPTY_OUTPUT);
    }

    @Test
    void kernelAsLargeAsTheInputGivesOnePixel() {
        assertClean(net("\tconv c1 out 12 kernel 16\n"), EMPTY_OUTPUT);
    }

    @Test
    void poolLargerThanItsInputGivesAnEmptyOutput() {
        assertOnlyError(net("\tpool p1 max kernel 32 stride 2\n"), Literals.POOL, EMPTY_OUTPUT);
    }

    @Test
    void fromNamingALaterLayerIsAnError() {
        assertOnlyError(net("\tconv c1 out 12 kernel 3 padding 1 from c2\n\tconv c2 out 12 kernel 3 padding 1\n"),
                Literals.CONV2D, FROM_NOT_EARLIER);
    }

    @Test
    void fromNamingAnEarlierLayerIsAccepted() {
        assertClean(net("\tconv c1 out 12 kernel 3 padding 1\n\tconv c2 out 12 kernel 3 padding 1\n"
                + "\tconv c3 out 12 kernel 1 from c1\n"), FROM_NOT_EARLIER);
    }

    @Test
    void eltwiseOperandThatComesLaterIsAnError() {
        assertOnlyError(net("\tconv c1 out 12 kernel 3 padding 1\n\teltwise sum add with c2\n\tconv c2 out 12 kernel 1\n"),
                Literals.ELTWISE, FROM_NOT_EARLIER);
    }

    @Test
    void residualAddOfDifferentShapesIsAnOperandMismatch() {
        assertOnlyError(net("\tconv c1 out 12 kernel 3 padding 1\n\tconv c2 out 24 kernel 3 padding 1\n\teltwise sum add with c1\n"),
                Literals.ELTWISE, OPERAND_SHAPE_MISMATCH);
    }

    @Test
    void residualAddOfEqualShapesIsAccepted() {
        assertClean(net("\tconv c1 out 12 kernel 3 padding 1\n\tconv c2 out 12 kernel 3 padding 1\n\teltwise sum add with c1\n"),
                OPERAND_SHAPE_MISMATCH);
    }

    @Test
    void twoLayersWithOneNameAreADuplicate() {
        assertOnlyError(MLP.replace("dense fc2", "dense fc1"), Literals.DENSE, DUPLICATE_NAME);
    }

    @Test
    void layersWithDistinctNamesAreAccepted() {
        assertClean(MLP, DUPLICATE_NAME);
    }

    @Test
    void twoNetworksWithOneNameInAFileAreADuplicate() {
        assertOnlyError(MLP + MLP, Literals.NETWORK, DUPLICATE_NAME);
    }

    @Test
    void twoNetworksWithDistinctNamesAreAccepted() {
        assertClean(MLP + MLP.replace("network Mlp", "network Mlp2"), DUPLICATE_NAME);
    }
}
