package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.ARRIVAL_ABOVE_CAPACITY;
import static org.coltrain.dsl.validation.IssueCodes.NO_TRAINING_ENCODING;
import static org.coltrain.dsl.validation.IssueCodes.SLO_BELOW_BATCH1_LATENCY;
import static org.coltrain.dsl.validation.IssueCodes.SWEEP_PATH_UNKNOWN;
import static org.coltrain.dsl.validation.IssueCodes.SWEEP_RANGE_EMPTY;
import static org.coltrain.dsl.validation.IssueCodes.WARMUP_NOT_BELOW_DURATION;
import static org.coltrain.dsl.validation.IssueCodes.WEIGHTS_DO_NOT_FIT_BUFFER;
import static org.coltrain.dsl.validation.IssueCodes.WEIGHTS_EXCEED_DRAM;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.Accelerator;
import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.Model;
import org.coltrain.model.Network;
import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;

/** Checks across accelerator, networks and workload, and experiment settings (ExperimentValidator), each both ways. */
class ExperimentRulesTest extends RuleTestSupport {

    /** fc1 of this network has 64 x 4096 weights: 269 KiB in HBFP8, more than Chip's 64 KiB weight buffer. */
    private static final String WIDE_SYSTEM = SYSTEM.replace("dense fc1 out 64", "dense fc1 out 4096");

    private static String sweep(String sweep) {
        return SYSTEM.replace("\twarmup 100 ms\n", "\twarmup 100 ms\n\t" + sweep + "\n");
    }

    @Test
    void layerWeightsLargerThanTheWeightBufferWarnUnderWeightStationary() {
        assertOnlyWarning(WIDE_SYSTEM, Literals.EXPERIMENT, WEIGHTS_DO_NOT_FIT_BUFFER);
    }

    @Test
    void layerWeightsThatFitAnEnlargedWeightBufferDoNotWarn() {
        assertClean(WIDE_SYSTEM.replace("buffer weight size 64 KiB", "buffer weight size 512 KiB"), WEIGHTS_DO_NOT_FIT_BUFFER);
    }

    @Test
    void layerWeightsLargerThanTheWeightBufferDoNotWarnUnderOutputStationary() {
        assertClean(WIDE_SYSTEM.replace("weight-stationary", "output-stationary"), WEIGHTS_DO_NOT_FIT_BUFFER);
    }

    @Test
    void networkWeightsLargerThanTheDramAreAnError() {
        assertOnlyError(WIDE_SYSTEM.replace("weight-stationary", "output-stationary").replace("capacity 1 GiB", "capacity 128 KiB"),
                Literals.EXPERIMENT, WEIGHTS_EXCEED_DRAM);
    }

    @Test
    void networkWeightsThatFitTheDramAreAccepted() {
        assertClean(WIDE_SYSTEM.replace("weight-stationary", "output-stationary").replace("capacity 1 GiB", "capacity 512 KiB"),
                WEIGHTS_EXCEED_DRAM);
    }

    @Test
    void sloBelowTheBatch1LatencyIsAnError() {
        assertOnlyError(SYSTEM.replace("slo 500 us", "slo 100 ns"), Literals.SERVICE, SLO_BELOW_BATCH1_LATENCY);
    }

    @Test
    void sloAboveTheBatch1LatencyIsAccepted() {
        assertClean(SYSTEM.replace("slo 500 us", "slo 20 us"), SLO_BELOW_BATCH1_LATENCY);
    }

    @Test
    void arrivalRateAboveThePeakCapacityWarns() {
        assertOnlyWarning(SYSTEM.replace("rate 1000 /s", "rate 1e9 /s"), Literals.SERVICE, ARRIVAL_ABOVE_CAPACITY);
    }

    @Test
    void theCapacityWarningUsesTheBestBatchNotTheLargest() {
        Model model = parse(SYSTEM.replace("rate 1000 /s", "rate 1e9 /s"));
        AcceleratorSpec chip = ModelToSim.accelerator((Accelerator) model.getElements().get(0));
        NetworkSpec mlp = ModelToSim.network((Network) model.getElements().get(1));
        // the same table the serving simulator uses: max over b <= 16 of b / latency(b)
        LatencyTable table = LatencyTables.compute(chip, mlp, 16);
        String message = models.issues(model).get(0).getMessage();
        assertTrue(message.contains("serves at most " + Quantities.formatNumber(Math.round(table.maxRequestsPerS(16)))
                + "/s of Mlp at its best batch size (" + table.bestBatch(16) + " of at most 16)"), message);
    }

    @Test
    void burstyArrivalWithAMeanAboveThePeakCapacityWarns() {
        // 500 ms: at a mean of 1e9 requests/s, one second would be more than one run simulates (runTooLong)
        assertOnlyWarning(SYSTEM.replace("poisson rate 1000 /s", "bursty high 2e9 /s for 1 ms low 1 /s for 1 ms")
                .replace("duration 1 s", "duration 500 ms"),
                Literals.SERVICE, ARRIVAL_ABOVE_CAPACITY);
    }

    @Test
    void arrivalRateBelowThePeakCapacityDoesNotWarn() {
        assertClean(SYSTEM.replace("rate 1000 /s", "rate 1e6 /s"), ARRIVAL_ABOVE_CAPACITY);
    }

    @Test
    void trainingWorkloadOnAnAcceleratorWithoutTrainingEncodingIsAnError() {
        assertOnlyError(SYSTEM.replace("\ttraining encoding hbfp 8 rounding stochastic\n", ""), Literals.EXPERIMENT,
                NO_TRAINING_ENCODING);
    }

    @Test
    void inferenceOnlyWorkloadNeedsNoTrainingEncoding() {
        String load = LOAD.substring(LOAD.indexOf("\ttraining tune"), LOAD.lastIndexOf("}\n"));
        assertClean(SYSTEM.replace("\ttraining encoding hbfp 8 rounding stochastic\n", "").replace(load, ""),
                NO_TRAINING_ENCODING);
    }

    @Test
    void warmupAsLongAsTheDurationIsAnError() {
        assertOnlyError(SYSTEM.replace("warmup 100 ms", "warmup 1000 ms"), Literals.EXPERIMENT, WARMUP_NOT_BELOW_DURATION);
    }

    @Test
    void warmupShorterThanTheDurationIsAccepted() {
        assertClean(SYSTEM.replace("warmup 100 ms", "warmup 999 ms"), WARMUP_NOT_BELOW_DURATION);
    }

    @Test
    void sweepOverAFeatureThatDoesNotExistIsAnError() {
        assertOnlyError(sweep("sweep durationSeconds in [1 s, 2 s]"), Literals.SWEEP, SWEEP_PATH_UNKNOWN);
    }

    @Test
    void sweepOverAServiceThatDoesNotExistIsAnError() {
        assertOnlyError(sweep("sweep ^workload.images.^arrival.rateHz in [1000 /s]"), Literals.SWEEP, SWEEP_PATH_UNKNOWN);
    }

    @Test
    void sweepEndingAtAnObjectInsteadOfANumberIsAnError() {
        assertOnlyError(sweep("sweep ^workload.digits.^arrival in [1]"), Literals.SWEEP, SWEEP_PATH_UNKNOWN);
    }

    @Test
    void sweepOverAnArrivalRateResolves() {
        assertClean(sweep("sweep ^workload.digits.^arrival.rateHz in [1000 /s, 2000 /s]"), SWEEP_PATH_UNKNOWN);
    }

    @Test
    void sweepOverAnArrayCountByIndexResolves() {
        assertClean(sweep("sweep ^accelerator.arrays[0].^count in [1, 2, 4]"), SWEEP_PATH_UNKNOWN);
    }

    @Test
    void sweepRangeRunningBackwardsIsEmpty() {
        assertOnlyError(sweep("sweep durationS from 2 s to 1 s step 500 ms"), Literals.SWEEP, SWEEP_RANGE_EMPTY);
    }

    @Test
    void sweepRangeWithZeroStepIsEmpty() {
        assertOnlyError(sweep("sweep durationS from 1 s to 2 s step 0 s"), Literals.SWEEP, SWEEP_RANGE_EMPTY);
    }

    @Test
    void sweepRangeRunningForwardsIsAccepted() {
        assertClean(sweep("sweep durationS from 1 s to 2 s step 500 ms"), SWEEP_RANGE_EMPTY);
    }
}
