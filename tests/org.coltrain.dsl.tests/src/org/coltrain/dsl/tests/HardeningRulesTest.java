package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.DUPLICATE_NAME;
import static org.coltrain.dsl.validation.IssueCodes.EMPTY_NETWORK;
import static org.coltrain.dsl.validation.IssueCodes.EMPTY_WORKLOAD;
import static org.coltrain.dsl.validation.IssueCodes.GIVEN_TWICE;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.coltrain.dsl.validation.IssueCodes.OUT_OF_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.RUN_TOO_LONG;
import static org.coltrain.dsl.validation.IssueCodes.SWEEP_TOO_MANY_POINTS;
import static org.coltrain.dsl.validation.IssueCodes.SWEEP_VALUE_NOT_WHOLE;
import static org.coltrain.dsl.validation.IssueCodes.WARMUP_NOT_BELOW_DURATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Models that validated before and then were silently altered or crashed a run: parts given twice, sweep values
 * that the attribute they replace would not accept, and what every run of the simulator core needs.
 */
class HardeningRulesTest extends RuleTestSupport {

    @Test
    void aSecondDramIsGivenTwice() {
        assertOnlyError(SYSTEM.replace("\tinference encoding hbfp 8\n", "\tdram ddr4 { bandwidth 25.6 GB/s capacity 1 GiB }\n\tinference encoding hbfp 8\n"),
                Literals.ACCELERATOR, GIVEN_TWICE);
    }

    @Test
    void aSecondInferenceEncodingIsGivenTwice() {
        assertOnlyError(SYSTEM.replace("\tinference encoding hbfp 8\n", "\tinference encoding hbfp 8\n\tinference encoding fp32\n"),
                Literals.ACCELERATOR, GIVEN_TWICE);
    }

    @Test
    void aSecondTrainingEncodingIsGivenTwice() {
        assertOnlyError(SYSTEM.replace("\ttraining encoding hbfp 8 rounding stochastic\n",
                "\ttraining encoding hbfp 8 rounding stochastic\n\ttraining encoding bf16\n"), Literals.ACCELERATOR, GIVEN_TWICE);
    }

    @Test
    void onePartOfEachKindIsAccepted() {
        assertClean(SYSTEM, GIVEN_TWICE);
    }

    @Test
    void twoArraysWithOneNameAreDuplicates() {
        assertOnlyError(SYSTEM.replace("\tbuffer ifmap", "\tarray main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 GHz }\n\tbuffer ifmap"),
                Literals.ALU_ARRAY, DUPLICATE_NAME);
    }

    @Test
    void twoArraysWithTwoNamesAreAccepted() {
        assertClean(SYSTEM.replace("\tbuffer ifmap", "\tarray second { count 1 rows 16 cols 16 dataflow weight-stationary clock 1 GHz }\n\tbuffer ifmap"),
                DUPLICATE_NAME);
    }

    @Test
    void theSamePathSweptTwiceIsGivenTwice() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep durationS in [1 s, 2 s]\n\tsweep durationS in [3 s]\n"),
                Literals.SWEEP, GIVEN_TWICE);
    }

    @Test
    void aSweepListKeepsDuplicateValuesInOrder() {
        Model model = parse(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep durationS in [2 s, 1 s, 2 s, 2 s]\n"));
        Experiment run = (Experiment) model.getElements().get(model.getElements().size() - 1);
        assertEquals(List.of(2.0, 1.0, 2.0, 2.0), run.getSweeps().get(0).getValues());
    }

    @Test
    void aSweptBatchOfZeroIsNotPositive() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep ^workload.services.digits.maxBatch in [0, 4]\n"),
                Literals.SWEEP, NON_POSITIVE);
    }

    @Test
    void aSweptBatchOfTwoAndAHalfIsNotWhole() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep ^workload.services.digits.maxBatch in [1, 2.5]\n"),
                Literals.SWEEP, SWEEP_VALUE_NOT_WHOLE);
    }

    @Test
    void sweptWholeBatchesAreAccepted() {
        assertClean(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep ^workload.services.digits.maxBatch in [1, 2, 16]\n"),
                SWEEP_VALUE_NOT_WHOLE);
    }

    @Test
    void aSweptWarmupLongerThanTheDurationMeasuresNothing() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep warmupS in [100 ms, 2 s]\n"),
                Literals.SWEEP, WARMUP_NOT_BELOW_DURATION);
    }

    @Test
    void aSweepStepOf1e300GivesTooManyPoints() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep durationS from 1 s to 2 s step 1e-300 s\n"),
                Literals.EXPERIMENT, SWEEP_TOO_MANY_POINTS);
    }

    @Test
    void aNegativeWarmupIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("warmup 100 ms", "warmup -1 s"), Literals.EXPERIMENT, OUT_OF_RANGE);
    }

    @Test
    void aDurationOf1e308SecondsIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("duration 1 s", "duration 1e308 s"), Literals.EXPERIMENT, OUT_OF_RANGE);
    }

    @Test
    void aClockOf1e20GigahertzIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("clock 1 GHz", "clock 1e20 GHz"), Literals.ALU_ARRAY, OUT_OF_RANGE);
    }

    @Test
    void aDramEnergyOf1e308JoulesPerByteIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("capacity 1 GiB", "capacity 1 GiB energy 1e308 J per byte"), Literals.DRAM, OUT_OF_RANGE);
    }

    @Test
    void aNegativeDramEnergyIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("capacity 1 GiB", "capacity 1 GiB energy -4 pJ per byte"), Literals.DRAM, OUT_OF_RANGE);
    }

    @Test
    void aNegativePreemptionCostIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("scheduler adaptive", "scheduler adaptive { preemption_cost = -2 us }"), Literals.SETTING, OUT_OF_RANGE);
    }

    @Test
    void realisticValuesAreWithinRange() {
        // 4 pJ per byte at 25.6 GB/s is 0.1 W, below the chip's own 0.2 W (DramValidator's check stays quiet)
        assertClean(SYSTEM.replace("capacity 1 GiB", "capacity 1 GiB energy 4 pJ per byte")
                .replace("scheduler adaptive", "scheduler adaptive { preemption_cost = 2 us }"), OUT_OF_RANGE);
    }

    @Test
    void anInputOf1e15ElementsIsOutOfRange() {
        assertOnlyError(SYSTEM.replace("input 1 x 8 x 8", "input 100000 x 100000 x 100000"), Literals.TENSOR_SHAPE, OUT_OF_RANGE);
    }

    @Test
    void aWorkloadWithoutServicesOrJobsIsEmpty() {
        assertOnlyError(MLP + "workload Idle {\n}\n", Literals.WORKLOAD, EMPTY_WORKLOAD);
    }

    @Test
    void aTrainedNetworkWithoutLayersIsEmpty() {
        assertOnlyError("network Empty {\n\tinput 1 x 8 x 8\n}\nworkload Train {\n\ttraining tune { network Empty batch 8 }\n}\n",
                Literals.TRAINING_JOB, EMPTY_NETWORK);
    }

    @Test
    void aRunOfAThousandRequestsPerSecondForThreeYearsIsTooLong() {
        assertOnlyError(SYSTEM.replace("duration 1 s", "duration 9e7 s"), Literals.EXPERIMENT, RUN_TOO_LONG);
    }

    @Test
    void aSweptRateOf1e11PerSecondIsTooLong() {
        assertOnlyError(SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\tsweep ^workload.services.digits.^arrival.rateHz in [1000 /s, 1e11 /s]\n"),
                Literals.SWEEP, RUN_TOO_LONG);
    }

    @Test
    void aTrainingOnlyRunOfAYearIsTooLong() {
        // No service, so no arrivals to count; the bound is on training steps (one engine chunk each). The MLP's
        // batch-32 step on Chip is far below 30 ms, so 3e7 s (a year) is more than the 1e9 steps allowed; 1 s is not.
        String trainingOnly = SYSTEM.replaceAll("(?s)\tservice digits \\{.*?\n\t\\}\n", "");
        assertClean(trainingOnly, RUN_TOO_LONG);
        assertOnlyError(trainingOnly.replace("duration 1 s", "duration 3e7 s"), Literals.EXPERIMENT, RUN_TOO_LONG);
    }

    @Test
    void aRunOfAMillionRequestsIsAccepted() {
        assertClean(SYSTEM.replace("duration 1 s", "duration 1000 s"), RUN_TOO_LONG);
    }
}
