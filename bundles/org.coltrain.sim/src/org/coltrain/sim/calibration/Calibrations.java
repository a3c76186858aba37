package org.coltrain.sim.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.coltrain.sim.calibration.Calibration.Bound;
import org.coltrain.sim.calibration.Calibration.Kind;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.cost.CostOptions;
import org.coltrain.sim.cost.ExponentPath;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Every cost-model default without a primary source ({@link org.coltrain.sim.cost.CostDefaults} has the sourced
 * ones). Horowitz, ISSCC 2014 is [H14]; the Nangate 45 nm Open Cell Library [N45]. Values are read from
 * CostDefaults, so this table cannot drift from what the model uses.
 */
public final class Calibrations {

    /** Energy per um2 of cell of [H14]'s 32-bit integer adder (0.1 pJ / 137 um2) and FP32 adder (0.9 pJ / 4184 um2). */
    private static final double INT_ADDER_FJ_PER_UM2 = 100.0 / 137, FP32_ADDER_FJ_PER_UM2 = 900.0 / 4184;
    /** [H14]: FP32 adder 4184 um2. */
    static final double H14_FP32_ADDER_AREA_UM2 = 4184;
    /** [H14]: FP32 add 0.9 pJ. */
    static final double H14_FP32_ADDER_ENERGY_FJ = 900;

    private static final Predicate<AcceleratorSpec> ALWAYS = acc -> true;
    private static final Predicate<AcceleratorSpec> HAS_BUFFERS =
            acc -> acc.ifmapBufferBytes() + acc.weightBufferBytes() + acc.ofmapBufferBytes() > 0;
    private static final Predicate<AcceleratorSpec> HAS_EXPONENT_PATH = acc -> needsExponentPath(acc.inferenceEncoding())
            || needsExponentPath(acc.trainingEncoding());

    public static final List<Calibration> ALL = List.of(
            new Calibration("pe.layout_overhead", Kind.ASSUMED,
                    "laid-out PE array area over the sum of its standard cells (routing, clock tree, whitespace)",
                    List.of("pe_layout_overhead"), CostDefaults.PE_LAYOUT_OVERHEAD, "x",
                    new Bound(1.0, "first principles: cells abutted, no room for routing or the clock tree"),
                    new Bound(2.5, "OpenROAD-flow-scripts places its Nangate45 designs at 40% core utilisation "
                            + "(flow/designs/nangate45/des3/config.mk: CORE_UTILIZATION = 40)"),
                    null, null, "standard cells fill about 70% of a placed and routed block",
                    List.of("tpu_v1.pe_area", "equinox.hbfp_area.example"), ALWAYS),
            new Calibration("hbfp.exponent_path", Kind.ASSUMED,
                    "what an exponent path is built of (ExponentPath); value: its area for HBFP8 (10-bit exponents, "
                            + "32-bit running significand)",
                    List.of("exponent_path_area", "exponent_path_energy"), hbfp8PathAreaUm2(), "um2",
                    new Bound(hbfp8PathAreaUm2(), "its parts as ripple-carry adders [H14] and single [N45] cells"),
                    new Bound(hbfp8PathWithH14AdderUm2(), "the block sum added by [H14]'s synthesised FP32 adder "
                            + "(4184 um2) in place of the parts from the alignment to the normalisation"),
                    null, null, "Equinox's microarchitecture is not public; these are the parts of a floating-point "
                            + "accumulation of a fixed-point block sum",
                    List.of("h14.fp32_adder_area", "h14.fp32_adder_energy", "equinox.hbfp_power.reference",
                            "equinox.hbfp_area.reference"), HAS_EXPONENT_PATH),
            new Calibration("logic.mux_energy", Kind.ASSUMED,
                    "energy of one 2:1 multiplexer per use (shifters, swaps, leading-zero counters)",
                    List.of("mux_energy"), CostDefaults.MUX_ENERGY_FJ, "fJ",
                    new Bound(CostDefaults.MUX_AREA_UM2 * FP32_ADDER_FJ_PER_UM2,
                            "[N45] MUX2_X1 1.862 um2 at the energy per um2 of [H14]'s FP32 adder (0.9 pJ / 4184 um2)"),
                    new Bound(CostDefaults.MUX_AREA_UM2 * INT_ADDER_FJ_PER_UM2,
                            "[N45] MUX2_X1 1.862 um2 at the energy per um2 of [H14]'s 32-bit adder (0.1 pJ / 137 um2)"),
                    null, null, "[H14] gives no multiplexer; a mux is simple datapath logic like the integer adder",
                    List.of("h14.fp32_adder_energy", "equinox.hbfp_power.reference"), HAS_EXPONENT_PATH),
            new Calibration("register.energy", Kind.ASSUMED, "energy of one pipeline flip-flop per cycle",
                    List.of("register_energy_per_bit"), CostDefaults.REGISTER_ENERGY_FJ_PER_BIT, "fJ",
                    new Bound(CostDefaults.REGISTER_AREA_UM2_PER_BIT * FP32_ADDER_FJ_PER_UM2,
                            "[N45] DFF_X1 4.52 um2 at the energy per um2 of [H14]'s FP32 adder"),
                    new Bound(CostDefaults.REGISTER_AREA_UM2_PER_BIT * INT_ADDER_FJ_PER_UM2,
                            "[N45] DFF_X1 4.52 um2 at the energy per um2 of [H14]'s 32-bit adder"),
                    null, null, "order of magnitude for a 45 nm flip-flop's clock pin and data toggling",
                    List.of("equinox.hbfp_power.reference"), ALWAYS),
            new Calibration("logic.leakage", Kind.ASSUMED, "leakage of the PE arrays per mm2 of standard cells",
                    List.of("pe_leakage_per_mm2"), CostDefaults.PE_LEAKAGE_MW_PER_MM2, "mW/mm2",
                    new Bound(1, "none held (an order of magnitude below)"),
                    new Bound(100, "none held (an order of magnitude above)"),
                    null, null, "order of magnitude for 45 nm logic at nominal voltage", List.of(), ALWAYS),
            new Calibration("sram.leakage", Kind.ASSUMED, "buffer leakage per KiB",
                    List.of("sram_leakage_per_kib"), CostDefaults.SRAM_LEAKAGE_MW_PER_KIB, "mW/KiB",
                    new Bound(0.001, "none held (an order of magnitude below)"),
                    new Bound(0.1, "none held (an order of magnitude above)"),
                    null, null, "order of magnitude for 45 nm SRAM at nominal voltage", List.of(), HAS_BUFFERS),
            new Calibration("sram.array_efficiency", Kind.ASSUMED,
                    "share of a buffer macro's area taken by its cells (the rest: decoders, sense amplifiers, I/O)",
                    List.of("sram_area_per_kib"), CostDefaults.SRAM_ARRAY_EFFICIENCY, "fraction",
                    new Bound(0.3, "none held"), new Bound(0.7, "none held"),
                    null, null, "half cells, half periphery", List.of("tpu_v1.buffer_area"), HAS_BUFFERS),
            new Calibration("sram.write_energy", Kind.ASSUMED, "buffer write energy over read energy",
                    List.of("sram_write_energy_per_byte"), CostDefaults.SRAM_WRITE_OVER_READ, "x read",
                    new Bound(1.0, "first principles: a write drives at least the bit lines a read senses"),
                    new Bound(1.5, "none held"),
                    null, null, "writes drive the bit lines full swing", List.of(), HAS_BUFFERS),
            new Calibration("controller.logic", Kind.FITTED,
                    "area and power of the control core and scheduler queues (one per accelerator); value: area",
                    List.of("controller_area", "controller_power"), CostDefaults.CONTROLLER_AREA_MM2, "mm2",
                    new Bound(0.01, "none held"), new Bound(1, "none held"),
                    "Equinox (MICRO 2021): controller logic below 1% of chip area and power",
                    "ReferenceAccelerators.costReference(hbfp8): one 128 x 128 array, 4 MiB of buffers",
                    "a Cortex-M0-class core plus queues, about 0.1 mm2 and 20 mW",
                    List.of("controller.area_share", "controller.power_share"), ALWAYS));

    private Calibrations() {
    }

    public static Optional<Calibration> find(String id) {
        for (Calibration c : ALL) if (c.id().equals(id)) return Optional.of(c);
        return Optional.empty();
    }

    /**
     * The calibrations that the area, power and energy of {@code acc} depend on: those its cost uses and whose
     * options it leaves (at least one of) at their default. In table order.
     */
    public static List<String> dependsOn(AcceleratorSpec acc) {
        List<String> ids = new ArrayList<>();
        for (Calibration c : ALL)
            if (c.relevant().test(acc) && atDefault(c, acc.cost())) ids.add(c.id());
        return ids;
    }

    private static boolean atDefault(Calibration c, CostParams params) {
        for (String key : c.options()) {
            CostOptions.Option option = CostOptions.find(key).orElseThrow();
            if (!option.overriddenIn(params)) return true;
        }
        return false;
    }

    private static boolean needsExponentPath(EncodingSpec e) {
        return e != null && e.kind() != EncodingSpec.Kind.FIXED;
    }

    static double hbfp8PathAreaUm2() {
        return ExponentPath.of(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST), CostDefaults.params())
                .areaUm2();
    }

    /** The HBFP8 path with [H14]'s FP32 adder standing for the swap, alignment, add, leading-zero count and normalisation. */
    static double hbfp8PathWithH14AdderUm2() {
        ExponentPath path = ExponentPath.of(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST),
                CostDefaults.params());
        double replaced = 0;
        for (ExponentPath.Part part : path.parts())
            if (ExponentPath.FP_ADD_PARTS.contains(part.name())) replaced += part.areaUm2();
        return path.areaUm2() - replaced + H14_FP32_ADDER_AREA_UM2;
    }
}
