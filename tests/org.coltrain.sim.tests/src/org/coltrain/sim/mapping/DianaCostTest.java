package org.coltrain.sim.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * DIANA's cost formulas (REFERENCES.md, ODiMO arXiv 2306.05060) on ResNet-20 layers worked by hand. 260 MHz:
 * one cycle is 1e9 / 260e6 = 3.846 ns.
 */
class DianaCostTest {

    private static final double NS_PER_CYCLE = 1e9 / 260e6;
    /** ResNet-20 stage 1: 16 -> 16 channels, 32 x 32 output, 3 x 3 kernel. */
    private static final ConvShape STAGE1 = new ConvShape("stage1", 16, 16, 32, 32, 3, 3);
    /** ResNet-20 stage 3: 64 -> 64 channels, 8 x 8 output, 3 x 3 kernel. */
    private static final ConvShape STAGE3 = new ConvShape("stage3", 64, 64, 8, 8, 3, 3);

    private final DigitalArray digital = DigitalArray.diana();
    private final AnalogImcArray analog = AnalogImcArray.diana();

    @Test
    void digitalStage1IsComputePlusActivationMoves() {
        // ceil(16/16) * 16 * ceil(32/16) * 32 * 3 * 3 = 9216; moves 32 * 32 * (16 + 16) / 8 = 4096.
        assertEquals(9216 + 4096, digital.cycles(STAGE1, 16), 1e-9);
        assertEquals(13312 * NS_PER_CYCLE, digital.latencyNs(STAGE1, 16), 1e-6);
        // Half the channels: ceil(8/16) = 1 keeps the compute term; moves 32 * 32 * (16 + 8) / 8 = 3072.
        assertEquals(9216 + 3072, digital.cycles(STAGE1, 8), 1e-9);
    }

    @Test
    void digitalStage3RoundsChannelsUpToSixteen() {
        // ceil(64/16)=4 * 64 * ceil(8/16)=1 * 8 * 9 = 18432; moves 8 * 8 * 128 / 8 = 1024.
        assertEquals(18432 + 1024, digital.cycles(STAGE3, 64), 1e-9);
        // 17 channels need two passes of 16: 2 * 64 * 1 * 8 * 9 = 9216; moves 8 * 8 * (64 + 17) / 8 = 648.
        assertEquals(9216 + 648, digital.cycles(STAGE3, 17), 1e-9);
    }

    @Test
    void analogUnrollIsLimitedByRowsForThreeByThreeKernels() {
        // u = 8 would need (8 + 2) * 3 * 64 = 1920 rows > 1152; u = 4 needs 6 * 3 * 64 = 1152 <= 1152.
        assertEquals(4, analog.unroll(STAGE1, 16));
        // 1x1 kernel, Cin 16: (8 + 0) * 1 * 64 = 512 rows and 8 * 64 = 512 columns both fit.
        assertEquals(8, analog.unroll(new ConvShape("sc", 16, 64, 8, 8, 1, 1), 64));
        // 1x1, 128 channels out: 8 * 128 = 1024 > 512 columns, 4 * 128 = 512 fits.
        assertEquals(4, analog.unroll(new ConvShape("sc", 16, 128, 8, 8, 1, 1), 128));
    }

    @Test
    void analogStage1IsStepsPlusWeightLoad() {
        // ceil(16/512) * ceil(16/128) * 32 * 32 / 4 = 256 steps of 70 ns; load 8 * 16 * 9 = 1152 cycles.
        assertEquals(256, analog.steps(STAGE1, 16), 1e-12);
        assertEquals(256 * 70 + 1152 * NS_PER_CYCLE, analog.latencyNs(STAGE1, 16), 1e-6);
        // The weight load does not depend on Cout: one channel still pays 1152 cycles.
        assertEquals(1152, analog.weightLoadCycles(STAGE1, 1), 1e-12);
    }

    @Test
    void analogStage3IsDominatedByWeightLoad() {
        // 1 * 1 * 8 * 8 / 4 = 16 steps = 1120 ns; load 8 * 64 * 9 = 4608 cycles = 17723 ns.
        assertEquals(16 * 70 + 4608 * NS_PER_CYCLE, analog.latencyNs(STAGE3, 64), 1e-6);
    }

    @Test
    void noChannelsCostNothing() {
        assertEquals(0, digital.latencyNs(STAGE1, 0));
        assertEquals(0, analog.latencyNs(STAGE1, 0));
    }

    @Test
    void splitLayerTakesTheSlowerPartAndPaysBothPowerWhileBothRun() {
        SplitSystem diana = SplitSystem.diana();
        LayerCost cost = diana.cost(STAGE1, 8);
        double digitalNs = (9216 + 3072) * NS_PER_CYCLE;           // 47 261.5 ns, from above
        double analogNs = 256 * 70 + 1152 * NS_PER_CYCLE;          // 22 350.8 ns: u = 4 again (4 * 8 <= 512)
        assertEquals(digitalNs, cost.latencyNs(), 1e-6);
        // Both run for 22 350.8 ns at 42.39 mW, then the digital part alone at 24.96 mW; 1 mW x 1 ns = 1 pJ.
        assertEquals(42.39 * analogNs + 24.96 * (digitalNs - analogNs), cost.energyPj(), 1e-6);
    }

    @Test
    void singleAcceleratorEnergyIsItsOwnPowerTimesTime() {
        PowerModel p = PowerModel.diana();
        assertEquals(24.96 * 1000, p.energyPj(1000, 0), 1e-9);
        assertEquals(28.74 * 1000, p.energyPj(0, 1000), 1e-9);
        assertEquals(42.39 * 1000, p.energyPj(1000, 1000), 1e-9);
    }
}
