package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.DRAM_BANDWIDTH_MISSING;
import static org.coltrain.dsl.validation.IssueCodes.DRAM_COUNT_UNIT;
import static org.coltrain.dsl.validation.IssueCodes.DRAM_KIND_UNKNOWN;
import static org.coltrain.dsl.validation.IssueCodes.DRAM_POWER_ABOVE_CHIP;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Accelerator;
import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** DRAM kinds (DramValidator), each check both ways, and what a kind resolves to. */
class DramRulesTest extends RuleTestSupport {

    private static final String DRAM = "\tdram ddr4 { bandwidth 25.6 GB/s capacity 1 GiB }\n";

    /** The Equinox example's batching-optimised chip: 14 x 64 x 128 HBFP8 PEs, 16 MiB, about 52.6 W peak. */
    private static final String BIG = """
            accelerator Big {
            	array main { count 14 rows 64 cols 128 dataflow output-stationary clock 1 GHz }
            	buffer ifmap size 8 MiB
            	buffer weight size 4 MiB
            	buffer ofmap size 4 MiB
            	dram hbm2 stacks 4 { bandwidth 900 GB/s capacity 16 GiB }
            	inference encoding hbfp 8 block 24 exponent 10
            	training encoding hbfp 8 block 24 exponent 10 rounding stochastic
            }
            """;

    private AcceleratorSpec spec(String text) {
        return ModelToSim.accelerator((Accelerator) parse(text).getElements().get(0));
    }

    @Test
    void aKindAndItsCountGiveBandwidthAndEnergyAndExplicitValuesOverride() {
        String hbm = CHIP.replace(DRAM, "\tdram hbm2 stacks 4 { capacity 32 GiB }\n");
        assertClean(hbm, DRAM_POWER_ABOVE_CHIP);
        // JESD235A: 4 stacks x 256 GB/s; O'Connor et al. (MICRO 2017): 3.97 pJ/bit = 31.76 pJ per byte
        assertEquals(1024e9, spec(hbm).dramBandwidthBytesPerS(), 1);
        assertEquals(31.76, spec(hbm).cost().dramEnergyPjPerByte(), 1e-9);
        AcceleratorSpec v100 = spec(hbm.replace("{ capacity", "{ bandwidth 900 GB/s energy 4 pJ per byte capacity"));
        assertEquals(900e9, v100.dramBandwidthBytesPerS(), 1);
        assertEquals(4, v100.cost().dramEnergyPjPerByte(), 1e-9);
        // one channel when no count is given: JESD79-4 DDR4-3200, 25.6 GB/s
        assertEquals(25.6e9, spec(CHIP.replace(DRAM, "\tdram ddr4 { }\n")).dramBandwidthBytesPerS(), 1);
    }

    @Test
    void theExplicitFormWithoutAKindStillWorksWithTheDdr3ClassDefaultEnergy() {
        String old = CHIP.replace(DRAM, "\tdram { bandwidth 1 GB/s capacity 1 GiB }\n");
        assertClean(old, DRAM_BANDWIDTH_MISSING);
        assertEquals(162.5, spec(old).cost().dramEnergyPjPerByte(), 1e-9);
    }

    @Test
    void anUnknownKindIsAnError() {
        assertOnlyError(CHIP.replace("dram ddr4", "dram ddr9"), Literals.DRAM, DRAM_KIND_UNKNOWN);
    }

    @Test
    void aKnownKindHasNoUnknownKindError() {
        assertClean(CHIP, DRAM_KIND_UNKNOWN);
    }

    @Test
    void countingAKindInTheOtherUnitIsAnError() {
        assertOnlyError(CHIP.replace(DRAM, "\tdram hbm2 channels 2 { }\n"), Literals.DRAM, DRAM_COUNT_UNIT);
    }

    @Test
    void countingAKindInItsUnitIsAccepted() {
        assertClean(CHIP.replace(DRAM, "\tdram ddr4 channels 2 { }\n"), DRAM_COUNT_UNIT);
    }

    @Test
    void aZeroCountIsNotPositive() {
        assertOnlyError(CHIP.replace(DRAM, "\tdram ddr4 channels 0 { }\n"), Literals.DRAM, NON_POSITIVE);
    }

    @Test
    void aDramWithoutKindOrBandwidthIsAnError() {
        assertOnlyError(CHIP.replace(DRAM, "\tdram { capacity 1 GiB }\n"), Literals.DRAM, DRAM_BANDWIDTH_MISSING);
    }

    @Test
    void aDramWithAKindNeedsNoBandwidth() {
        assertClean(CHIP.replace(DRAM, "\tdram ddr4 { capacity 1 GiB }\n"), DRAM_BANDWIDTH_MISSING);
    }

    @Test
    void ddrClassEnergyAtHbmBandwidthDrawsMoreThanTheChipAndWarnsWithAKindToName() {
        String mixed = BIG.replace("dram hbm2 stacks 4 {", "dram {");
        assertOnlyWarning(mixed, Literals.ACCELERATOR, DRAM_POWER_ABOVE_CHIP);
        List<Issue> issues = models.issues(parse(mixed));
        // 900 GB/s x 162.5 pJ per byte = 146.3 W beside the chip's 52.6 W; four HBM2 stacks would draw 28.6 W
        String message = issues.get(0).getMessage();
        assertTrue(message.contains("146.3 W") && message.contains("'dram hbm2 stacks 4 { ... }'"), message);
        assertEquals(List.of("hbm2 stacks 4"), List.of(issues.get(0).getData()));
    }

    @Test
    void aNamedKindsEnergyFitsAnyBandwidthAndDoesNotWarn() {
        assertClean(BIG, DRAM_POWER_ABOVE_CHIP);
        // one DDR4 channel beside a 16 x 16 chip draws more than the chip, but that is what DDR4 draws: no warning
        assertClean(CHIP, DRAM_POWER_ABOVE_CHIP);
    }
}
