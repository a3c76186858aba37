package org.coltrain.sim.cost;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coltrain.sim.spec.CostParams;

/**
 * The cost model's parameters as user-visible options, declared once: the DSL's {@code cost { key = value }}
 * settings, their validation, content assist and the CLI help all read this table. Values arrive in SI (the DSL
 * converts unit literals) and are scaled here to the unit in the parameter's name.
 */
public final class CostOptions {

    /** One option: its DSL key, the CostParams component it sets, its unit and its dimension in the DSL. */
    public record Option(String key, String component, String unit, String dimension, double siToUnit,
            String description) {
        public double defaultValue() {
            return read(CostDefaults.params(), component);
        }

        /** This option's value in {@code params}, in its unit. */
        public double valueIn(CostParams params) {
            return read(params, component);
        }

        /** Whether {@code params} set this option to something other than its default (NaN equals NaN). */
        public boolean overriddenIn(CostParams params) {
            return Double.compare(valueIn(params), defaultValue()) != 0;
        }
    }

    public static final List<Option> ALL = List.of(
            new Option("multiplier_area_per_bit2", "multiplierAreaUm2PerBit2", "um2", "area", 1e12, "multiplier area per squared significand bit"),
            new Option("adder_area_per_bit", "adderAreaUm2PerBit", "um2", "area", 1e12, "accumulator adder area per bit"),
            new Option("exponent_path_area", "exponentPathAreaUm2", "um2", "area", 1e12, "area of one exponent path (per FP element or HBFP block); derived from its parts unless set"),
            new Option("multiplier_energy_per_bit2", "multiplierEnergyFjPerBit2", "fJ", "energy", 1e15, "multiplier energy per operation per squared bit"),
            new Option("adder_energy_per_bit", "adderEnergyFjPerBit", "fJ", "energy", 1e15, "adder energy per operation per bit"),
            new Option("exponent_path_energy", "exponentPathEnergyFj", "fJ", "energy", 1e15, "energy of one use of an exponent path; derived from its parts unless set"),
            new Option("sram_area_per_kib", "sramAreaMm2PerKiB", "mm2", "area", 1e6, "on-chip buffer area per KiB"),
            new Option("sram_read_energy_per_byte", "sramReadEnergyPjPerByte", "pJ", "energy", 1e12, "buffer read energy per byte"),
            new Option("sram_write_energy_per_byte", "sramWriteEnergyPjPerByte", "pJ", "energy", 1e12, "buffer write energy per byte"),
            new Option("sram_leakage_per_kib", "sramLeakageMwPerKiB", "mW", "power", 1e3, "buffer leakage power per KiB"),
            new Option("dram_energy_per_byte", "dramEnergyPjPerByte", "pJ", "energy", 1e12, "off-chip access energy per byte"),
            new Option("controller_area", "controllerAreaMm2", "mm2", "area", 1e6, "controller and scheduler logic area"),
            new Option("controller_power", "controllerPowerMw", "mW", "power", 1e3, "controller and scheduler logic power"),
            new Option("pe_leakage_per_mm2", "peLeakageMwPerMm2", "mW", "power", 1e3, "PE array leakage per mm2 of array"),
            new Option("register_area_per_bit", "registerAreaUm2PerBit", "um2", "area", 1e12, "pipeline register area per bit"),
            new Option("register_energy_per_bit", "registerEnergyFjPerBit", "fJ", "energy", 1e15, "pipeline register energy per bit per cycle"),
            new Option("accumulator_bits", "accumulatorBits", "", "dimensionless", 1, "accumulator width in bits"),
            new Option("mux_area", "muxAreaUm2", "um2", "area", 1e12, "area of one 2:1 multiplexer (shifters, leading-zero counters)"),
            new Option("mux_energy", "muxEnergyFj", "fJ", "energy", 1e15, "energy of one 2:1 multiplexer per use"),
            new Option("pe_layout_overhead", "peLayoutOverhead", "", "dimensionless", 1, "laid-out PE array area over its standard-cell area (routing, clock tree, whitespace)"));

    private CostOptions() {
    }

    public static Optional<Option> find(String key) {
        for (Option option : ALL) if (option.key().equals(key)) return Optional.of(option);
        return Optional.empty();
    }

    /** The defaults with the given overrides (key to SI value) applied; unknown keys are the validator's concern. */
    public static CostParams apply(CostParams base, Map<String, Double> siOverrides) {
        Map<String, Double> byComponent = new LinkedHashMap<>();
        siOverrides.forEach((key, si) -> find(key).ifPresent(o -> byComponent.put(o.component(), si * o.siToUnit())));
        RecordComponent[] components = CostParams.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            Double override = byComponent.get(c.getName());
            double value = override != null ? override : read(base, c.getName());
            args[i] = c.getType() == int.class ? (Object) (int) Math.round(value) : (Object) value;
        }
        try {
            return CostParams.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CostParams changed shape; update CostOptions", e);
        }
    }

    private static double read(CostParams params, String component) {
        for (RecordComponent c : CostParams.class.getRecordComponents()) {
            if (!c.getName().equals(component)) continue;
            try {
                return ((Number) c.getAccessor().invoke(params)).doubleValue();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no CostParams component " + component);
    }
}
