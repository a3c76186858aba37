package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.DUPLICATE_NAME;
import static org.coltrain.dsl.validation.IssueCodes.MISSING_UNIT;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.coltrain.dsl.validation.IssueCodes.UNKNOWN_SETTING;
import static org.coltrain.dsl.validation.IssueCodes.WRONG_UNIT_DIMENSION;

import org.coltrain.model.ColtrainPackage.Literals;
import org.junit.jupiter.api.Test;

/** Units, positive sizes and setting keys (UnitValidator), each both ways. */
class UnitRulesTest extends RuleTestSupport {

    @Test
    void clockGivenAsADataSizeIsTheWrongDimension() {
        assertOnlyError(CHIP.replace("clock 1 GHz", "clock 1 MB"), Literals.ALU_ARRAY, WRONG_UNIT_DIMENSION);
    }

    @Test
    void clockGivenInGigahertzHasTheRightDimension() {
        assertClean(CHIP.replace("clock 1 GHz", "clock 1200 MHz"), WRONG_UNIT_DIMENSION);
    }

    @Test
    void sloGivenAsAFrequencyIsTheWrongDimension() {
        assertOnlyError(SYSTEM.replace("slo 500 us", "slo 500 Hz"), Literals.SERVICE, WRONG_UNIT_DIMENSION);
    }

    @Test
    void rateMayBeWrittenInHertz() {
        assertClean(SYSTEM.replace("rate 1000 /s", "rate 1 kHz"), WRONG_UNIT_DIMENSION);
    }

    @Test
    void clockMayNotBeWrittenAsARequestRate() {
        assertOnlyError(CHIP.replace("clock 1 GHz", "clock 1000000000 /s"), Literals.ALU_ARRAY, WRONG_UNIT_DIMENSION);
    }

    @Test
    void costSettingWithAnEnergyUnitForAnAreaIsTheWrongDimension() {
        assertOnlyError(CHIP.replace("\ttraining", "\tcost {\n\t\tcontroller_area = 2.5 pJ\n\t}\n\ttraining"),
                Literals.SETTING, WRONG_UNIT_DIMENSION);
    }

    @Test
    void costSettingWithAnAreaUnitIsAccepted() {
        assertClean(CHIP.replace("\ttraining", "\tcost {\n\t\tcontroller_area = 2.5 mm2\n\t}\n\ttraining"),
                WRONG_UNIT_DIMENSION);
    }

    @Test
    void sweepValuesWithTheWrongUnitForTheSweptValueAreTheWrongDimension() {
        assertOnlyError(SYSTEM.replace("warmup 100 ms", "warmup 100 ms\n\tsweep ^workload.digits.^arrival.rateHz in [1 ms, 2 ms]"),
                Literals.SWEEP, WRONG_UNIT_DIMENSION);
    }

    @Test
    void sweepValuesInTheUnitOfTheSweptValueAreAccepted() {
        assertClean(SYSTEM.replace("warmup 100 ms", "warmup 100 ms\n\tsweep ^workload.digits.^arrival.rateHz in [1000 /s, 2 kHz]"),
                WRONG_UNIT_DIMENSION);
    }

    @Test
    void bandwidthWithoutAUnitIsMissingItsUnit() {
        assertOnlyError(CHIP.replace("bandwidth 25.6 GB/s", "bandwidth 25600000000"), Literals.DRAM, MISSING_UNIT);
    }

    @Test
    void bandwidthWithAUnitIsAccepted() {
        assertClean(CHIP.replace("bandwidth 25.6 GB/s", "bandwidth 25600 MB/s"), MISSING_UNIT);
    }

    @Test
    void percentileNeedsNoUnit() {
        assertClean(SYSTEM.replace("at percentile 99", "at percentile 99.9"), MISSING_UNIT);
    }

    @Test
    void zeroRowsIsNonPositive() {
        assertOnlyError(CHIP.replace("rows 16", "rows 0"), Literals.ALU_ARRAY, NON_POSITIVE);
    }

    @Test
    void negativeDurationIsNonPositive() {
        assertOnlyError(SYSTEM.replace("duration 1 s", "duration -1 s").replace("\twarmup 100 ms\n", ""),
                Literals.EXPERIMENT, NON_POSITIVE);
    }

    @Test
    void positiveSizesAreAccepted() {
        assertClean(CHIP.replace("rows 16", "rows 1"), NON_POSITIVE);
    }

    @Test
    void unknownCostKeyIsAnUnknownSetting() {
        assertOnlyError(CHIP.replace("\ttraining", "\tcost {\n\t\tsram_area = 0.0057 mm2\n\t}\n\ttraining"), Literals.SETTING,
                UNKNOWN_SETTING);
    }

    @Test
    void knownCostKeyIsAccepted() {
        assertClean(CHIP.replace("\ttraining", "\tcost {\n\t\tsram_area_per_kib = 0.0057 mm2\n\t}\n\ttraining"),
                UNKNOWN_SETTING);
    }

    @Test
    void unknownSchedulerKeyIsAnUnknownSetting() {
        assertOnlyError(SYSTEM.replace("scheduler adaptive", "scheduler adaptive {\n\t\tno_such_option = 3\n\t}"),
                Literals.SETTING, UNKNOWN_SETTING);
    }

    @Test
    void costKeySetTwiceIsADuplicate() {
        assertOnlyError(CHIP.replace("\ttraining",
                "\tcost {\n\t\tcontroller_area = 0.1 mm2\n\t\tcontroller_area = 0.2 mm2\n\t}\n\ttraining"),
                Literals.SETTING, DUPLICATE_NAME);
    }
}
