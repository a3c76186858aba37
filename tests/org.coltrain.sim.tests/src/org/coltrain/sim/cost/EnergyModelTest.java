package org.coltrain.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

class EnergyModelTest {

    @Test
    void energyAddsMacsBufferDramAndStaticTerms() {
        CostParams p = CostDefaults.params();
        EncodingSpec fixed8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
        // 1000 MACs x 0.349125 pJ + 100 B x 2.5 + 50 B x 2.75 + 10 B x 162.5 + 20 mW x 100 ns (= 2000 pJ)
        double expected = 349.125 + 250 + 137.5 + 1625 + 2000;
        assertEquals(expected, EnergyModel.energyPj(p, fixed8, 1000, 100, 50, 10, 20, 100), 1e-9);
    }
}
