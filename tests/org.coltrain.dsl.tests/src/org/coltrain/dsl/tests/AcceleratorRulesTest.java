package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.BUFFER_KIND_CONFLICT;
import static org.coltrain.dsl.validation.IssueCodes.FIXED_POINT_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.FIXED_POINT_TRAINING;
import static org.coltrain.dsl.validation.IssueCodes.HBFP_BITS_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.HBFP_BLOCK_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.HBFP_EXPONENT_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.MISSING_ARRAY;
import static org.coltrain.dsl.validation.IssueCodes.MISSING_DRAM;
import static org.coltrain.dsl.validation.IssueCodes.MISSING_INFERENCE_ENCODING;
import static org.coltrain.dsl.validation.IssueCodes.MIXED_ARRAY_KINDS;

import org.coltrain.model.ColtrainPackage.Literals;
import org.junit.jupiter.api.Test;

/** Accelerator checks (AcceleratorValidator), each both ways. */
class AcceleratorRulesTest extends RuleTestSupport {

    private static final String ARRAY = "\tarray main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 GHz }\n";
    private static final String DRAM = "\tdram ddr4 { bandwidth 25.6 GB/s capacity 1 GiB }\n";

    @Test
    void acceleratorWithoutArrayIsAnError() {
        assertOnlyError(CHIP.replace(ARRAY, ""), Literals.ACCELERATOR, MISSING_ARRAY);
    }

    @Test
    void acceleratorWithArrayHasNoMissingArrayError() {
        assertClean(CHIP, MISSING_ARRAY);
    }

    @Test
    void arraysOfDifferentShapesInOneAcceleratorAreAnError() {
        assertOnlyError(CHIP.replace(ARRAY, ARRAY + ARRAY.replace("main", "other").replace("rows 16", "rows 32")),
                Literals.ACCELERATOR, MIXED_ARRAY_KINDS);
    }

    @Test
    void identicalArraysInOneAcceleratorAreAccepted() {
        assertClean(CHIP.replace(ARRAY, ARRAY + ARRAY.replace("main", "other")), MIXED_ARRAY_KINDS);
    }

    @Test
    void acceleratorWithoutDramIsAnError() {
        assertOnlyError(CHIP.replace(DRAM, ""), Literals.ACCELERATOR, MISSING_DRAM);
    }

    @Test
    void acceleratorWithDramHasNoMissingDramError() {
        assertClean(CHIP, MISSING_DRAM);
    }

    @Test
    void acceleratorWithoutInferenceEncodingIsAnError() {
        assertOnlyError(CHIP.replace("\tinference encoding hbfp 8\n", ""), Literals.ACCELERATOR, MISSING_INFERENCE_ENCODING);
    }

    @Test
    void acceleratorWithInferenceEncodingHasNoMissingEncodingError() {
        assertClean(CHIP, MISSING_INFERENCE_ENCODING);
    }

    @Test
    void unifiedBufferNextToAWeightBufferIsAConflict() {
        assertOnlyError(CHIP.replace("buffer ifmap size", "buffer unified size"), Literals.ACCELERATOR, BUFFER_KIND_CONFLICT);
    }

    @Test
    void oneUnifiedBufferAloneIsAccepted() {
        assertClean(CHIP.replace("\tbuffer weight size 64 KiB\n\tbuffer ofmap size 64 KiB\n", "")
                .replace("buffer ifmap size", "buffer unified size"), BUFFER_KIND_CONFLICT);
    }

    @Test
    void twoWeightBuffersAreAConflict() {
        assertOnlyError(CHIP.replace("buffer ifmap size", "buffer weight size"), Literals.ACCELERATOR, BUFFER_KIND_CONFLICT);
    }

    @Test
    void hbfpWithOneBitIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 1"), Literals.HBFP_ENCODING,
                HBFP_BITS_RANGE);
    }

    @Test
    void hbfpWithSeventeenBitsIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 17"), Literals.HBFP_ENCODING,
                HBFP_BITS_RANGE);
    }

    @Test
    void hbfpWithTwoToSixteenBitsIsInRange() {
        assertClean(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 2")
                .replace("training encoding hbfp 8", "training encoding hbfp 16"), HBFP_BITS_RANGE);
    }

    @Test
    void hbfpBlockOfZeroElementsIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 8 block 0"),
                Literals.HBFP_ENCODING, HBFP_BLOCK_RANGE);
    }

    @Test
    void hbfpBlockOf24ElementsIsInRange() {
        assertClean(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 8 block 24"), HBFP_BLOCK_RANGE);
    }

    @Test
    void hbfpOneBitExponentIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 8 exponent 1"),
                Literals.HBFP_ENCODING, HBFP_EXPONENT_RANGE);
    }

    @Test
    void hbfpTenBitExponentIsInRange() {
        assertClean(CHIP.replace("inference encoding hbfp 8", "inference encoding hbfp 8 exponent 10"), HBFP_EXPONENT_RANGE);
    }

    @Test
    void fixedPointWithAllBitsFractionalIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding fixed 8 fraction 8"),
                Literals.FIXED_POINT_ENCODING, FIXED_POINT_RANGE);
    }

    @Test
    void fixedPointWiderThan32BitsIsOutOfRange() {
        assertOnlyError(CHIP.replace("inference encoding hbfp 8", "inference encoding fixed 40 fraction 8"),
                Literals.FIXED_POINT_ENCODING, FIXED_POINT_RANGE);
    }

    @Test
    void fixedPointWithASignBitIsInRange() {
        assertClean(CHIP.replace("inference encoding hbfp 8", "inference encoding fixed 8 fraction 7"), FIXED_POINT_RANGE);
    }

    @Test
    void fixedPointTrainingEncodingIsAnError() {
        assertOnlyError(CHIP.replace("training encoding hbfp 8 rounding stochastic", "training encoding fixed 16 fraction 12"),
                Literals.ACCELERATOR, FIXED_POINT_TRAINING);
    }

    @Test
    void floatingPointTrainingEncodingIsAccepted() {
        assertClean(CHIP.replace("training encoding hbfp 8 rounding stochastic", "training encoding bf16"), FIXED_POINT_TRAINING);
    }
}
