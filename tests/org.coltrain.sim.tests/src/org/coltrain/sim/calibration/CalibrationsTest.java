package org.coltrain.sim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.cost.CostOptions;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class CalibrationsTest {

    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, Rounding.NEAREST);
    private static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST);

    @Test
    void idsAreUniqueShortAndStableAndEveryOptionExists() {
        Set<String> seen = new HashSet<>();
        for (Calibration c : Calibrations.ALL) {
            assertTrue(seen.add(c.id()), c.id());
            assertTrue(c.id().matches("[a-z0-9_]+\\.[a-z0-9_]+"), c.id());
            for (String key : c.options()) assertTrue(CostOptions.find(key).isPresent(), c.id() + ": " + key);
        }
        // claims tables name these ids; renaming one breaks them
        assertEquals(List.of("pe.layout_overhead", "hbfp.exponent_path", "logic.mux_energy", "register.energy",
                "logic.leakage", "sram.leakage", "sram.array_efficiency", "sram.write_energy", "controller.logic"),
                Calibrations.ALL.stream().map(Calibration::id).toList());
    }

    @Test
    void everyCheckACalibrationNamesIsAComparisonThatDependsOnIt() {
        for (Calibration c : Calibrations.ALL)
            for (String id : c.checks()) {
                Comparison row = Comparisons.find(id).orElseThrow(() -> new AssertionError(c.id() + ": no comparison " + id));
                assertTrue(row.dependsOn().contains(c.id()), c.id() + " not among the dependencies of " + id);
                if (c.kind() == Calibration.Kind.FITTED) assertEquals(Comparison.Role.FITTED, row.role(), id);
            }
    }

    @Test
    void onlyTheControllerWasFittedAndItNamesItsFigureAndConfiguration() {
        for (Calibration c : Calibrations.ALL) {
            assertTrue(c.lower().value() <= c.value() && c.value() <= c.upper().value(), c.id());
            assertFalse(c.lower().source().isBlank() || c.upper().source().isBlank(), c.id());
        }
        List<Calibration> fitted = Calibrations.ALL.stream().filter(c -> c.kind() == Calibration.Kind.FITTED).toList();
        assertEquals(List.of("controller.logic"), fitted.stream().map(Calibration::id).toList());
        assertTrue(fitted.get(0).fittedTo().contains("Equinox"));
        assertTrue(fitted.get(0).fittedOn().contains("costReference"));
    }

    @Test
    void anHbfpAcceleratorDependsOnEveryCalibrationAFixedPointOneNotOnTheExponentPath() {
        assertEquals(Calibrations.ALL.stream().map(Calibration::id).toList(),
                Calibrations.dependsOn(ReferenceAccelerators.costReference(HBFP8)));
        List<String> fixed = Calibrations.dependsOn(ReferenceAccelerators.costReference(FIXED8));
        assertFalse(fixed.contains("hbfp.exponent_path"));
        assertFalse(fixed.contains("logic.mux_energy"));
        assertTrue(fixed.contains("pe.layout_overhead"));
    }

    @Test
    void settingACalibratedOptionRemovesTheDependency() {
        AcceleratorSpec ref = ReferenceAccelerators.costReference(HBFP8);
        CostParams set = CostOptions.apply(ref.cost(), Map.of("pe_layout_overhead", 2.0, "controller_area", 0.2e-6));
        AcceleratorSpec own = new AcceleratorSpec(ref.name(), 1, 128, 128, ref.dataflow(), 1e9, 2L << 20, 1L << 20,
                1L << 20, 100e9, 8L << 30, HBFP8, HBFP8, set);
        List<String> ids = Calibrations.dependsOn(own);
        assertFalse(ids.contains("pe.layout_overhead"));
        // the controller's power is still the fitted default
        assertTrue(ids.contains("controller.logic"));
        CostParams both = CostOptions.apply(set, Map.of("controller_power", 5e-3));
        assertFalse(Calibrations.dependsOn(new AcceleratorSpec(ref.name(), 1, 128, 128, ref.dataflow(), 1e9, 2L << 20,
                1L << 20, 1L << 20, 100e9, 8L << 30, HBFP8, HBFP8, both)).contains("controller.logic"));
    }
}
