package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.cli.ModelLoader;
import org.coltrain.model.Accelerator;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/**
 * The cost model's held-out Equinox comparison (Comparisons, {@code coltrain calibrations}) uses
 * ReferenceAccelerators.equinoxExample: it must be the Equinox chip of the example, field for field.
 */
class EquinoxExampleChipTest {

    @Test
    void theReferenceEquinoxChipIsTheExamplesOne() {
        ModelLoader.Loaded loaded = new ModelLoader().load(new File("examples/equinox/accelerators.coltrain"));
        assertFalse(loaded.hasErrors(), loaded.issues().toString());
        Accelerator equinox = loaded.model().getElements().stream().filter(e -> e instanceof Accelerator a
                && a.getName().equals("Equinox")).map(Accelerator.class::cast).findFirst().orElseThrow();
        AcceleratorSpec example = ModelToSim.accelerator(equinox);
        EncodingSpec hbfp8 = EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.STOCHASTIC);
        assertEquals(ReferenceAccelerators.equinoxExample("Equinox", hbfp8, hbfp8), example);
    }
}
