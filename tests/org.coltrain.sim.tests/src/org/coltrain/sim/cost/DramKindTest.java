package org.coltrain.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DramKindTest {

    private static DramKind kind(String name) {
        return DramKind.find(name).orElseThrow();
    }

    @Test
    void bandwidthPerChannelOrStackIsTransferRateTimesWidth() {
        assertEquals(12.8e9, kind("ddr3").bandwidthBytesPerSPerUnit()); // JESD79-3: 1600 MT/s x 8 B
        assertEquals(25.6e9, kind("ddr4").bandwidthBytesPerSPerUnit()); // JESD79-4: 3200 MT/s x 8 B
        assertEquals(12.8e9, kind("lpddr5").bandwidthBytesPerSPerUnit()); // JESD209-5: 6400 MT/s x 2 B
        assertEquals(256e9, kind("hbm2").bandwidthBytesPerSPerUnit()); // JESD235A: 1024 bits x 2 Gb/s
        assertEquals(409.6e9, kind("hbm2e").bandwidthBytesPerSPerUnit(), 1); // JESD235C: 1024 bits x 3.2 Gb/s
        assertEquals(819.2e9, kind("hbm3").bandwidthBytesPerSPerUnit(), 1); // JESD238: 1024 bits x 6.4 Gb/s
        assertEquals(1024e9, kind("hbm2").bandwidthBytesPerS(4));
        assertTrue(kind("hbm2").unitPlural().equals("stacks") && kind("ddr4").unitPlural().equals("channels"));
    }

    @Test
    void energyPerBitFromItsSources() {
        // [H14]: 1.3 nJ per 64-bit access = 20.3 pJ/bit = 162.5 pJ per byte, the default of a DRAM without a kind
        assertEquals(162.5, kind("ddr3").energyPjPerByte(), 1e-9);
        assertEquals(162.5, CostDefaults.DRAM_ENERGY_PJ_PER_BYTE, 1e-9);
        // scaled by (1.2 / 1.5)^2 = 0.64
        assertEquals(13.0, kind("ddr4").energyPjPerBit(), 1e-9);
        // O'Connor et al., MICRO 2017: HBM2 3.97 pJ/bit, over 5x below DDR3's 20.3
        assertEquals(3.97, kind("hbm2").energyPjPerBit(), 1e-12);
        assertTrue(kind("ddr3").energyPjPerBit() / kind("hbm2").energyPjPerBit() > 5);
    }

    @Test
    void theEquinoxExampleDramDrawsTensOfWattsAsHbm2AndOverAHundredAsDdr3() {
        // 900 GB/s: x 162.5 pJ/B = 146.3 W (beside a 75 W chip envelope); x 31.76 pJ/B = 28.6 W
        assertEquals(146.25, 900e9 * kind("ddr3").energyPjPerByte() * 1e-12, 1e-9);
        assertEquals(28.584, 900e9 * kind("hbm2").energyPjPerByte() * 1e-12, 1e-9);
    }
}
