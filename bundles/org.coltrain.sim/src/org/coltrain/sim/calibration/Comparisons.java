package org.coltrain.sim.calibration;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.calibration.Comparison.Relation;
import org.coltrain.sim.calibration.Comparison.Role;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.cost.ExponentPath;
import org.coltrain.sim.cost.MacCost;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;

/**
 * The cost model against published figures: the figures a calibration was fitted to (their residuals), figures it
 * was not fitted to (held out), and predictions where nothing is published. Every model value is computed here from
 * the current defaults; nothing is stored.
 */
public final class Comparisons {

    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, Rounding.NEAREST);
    private static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST);
    /** As the Equinox example chip declares it (examples/equinox/accelerators.coltrain). */
    private static final EncodingSpec HBFP8_STOCHASTIC = EncodingSpec.hbfp(8, 24, 10, Rounding.STOCHASTIC);
    private static final String EQUINOX = "Equinox (MICRO 2021): uniform HBFP encoding over a fixed-point inference accelerator";
    private static final String REFERENCE = "costReference: one 128 x 128 array, 4 MiB of buffers";
    private static final String TPU = "Jouppi et al., ISCA 2017: die < 331 mm2 at 28 nm (Table 2), ";
    /** TPU v1's process node, nm (Jouppi et al., ISCA 2017). */
    static final double TPU_V1_NM = 28;
    /** The cost model's node, nm. */
    static final double MODEL_NM = 45;

    private Comparisons() {
    }

    /** Fitted rows first, then held-out ones, then predictions. */
    public static List<Comparison> all() {
        List<Comparison> rows = new ArrayList<>();
        AcceleratorCost refHbfp = CostModel.of(ReferenceAccelerators.costReference(HBFP8));
        AcceleratorCost refFixed = CostModel.of(ReferenceAccelerators.costReference(FIXED8));
        rows.add(new Comparison("controller.area_share", Role.FITTED, "controller share of chip area", REFERENCE + ", hbfp8",
                "< 1%", 1, Relation.AT_MOST, "Equinox (MICRO 2021)", 100 * refHbfp.controllerAreaShare(), "%",
                List.of("controller.logic", "pe.layout_overhead", "sram.array_efficiency")));
        rows.add(new Comparison("controller.power_share", Role.FITTED, "controller share of chip power", REFERENCE + ", hbfp8",
                "< 1%", 1, Relation.AT_MOST, "Equinox (MICRO 2021)", 100 * refHbfp.controllerPowerShare(), "%",
                List.of("controller.logic", "hbfp.exponent_path", "logic.mux_energy", "register.energy",
                        "logic.leakage", "sram.leakage")));

        rows.add(overhead("equinox.hbfp_power.reference", "power", REFERENCE, refHbfp.powerMw(), refFixed.powerMw(),
                "+13%", 13, powerCalibrations()));
        rows.add(overhead("equinox.hbfp_area.reference", "area", REFERENCE, refHbfp.areaMm2(), refFixed.areaMm2(),
                "+4%", 4, areaCalibrations()));
        AcceleratorSpec eqx = ReferenceAccelerators.equinoxExample("Equinox", HBFP8_STOCHASTIC, HBFP8_STOCHASTIC);
        AcceleratorSpec eqxFixed = ReferenceAccelerators.equinoxExample("EquinoxFixed8", FIXED8, null);
        String example = "the Equinox example chip: " + eqx.arrayCount() + " x " + eqx.rows() + " x " + eqx.cols()
                + ", 16 MiB of buffers";
        rows.add(overhead("equinox.hbfp_power.example", "power", example, CostModel.powerMw(eqx),
                CostModel.powerMw(eqxFixed), "+13%", 13, powerCalibrations()));
        rows.add(overhead("equinox.hbfp_area.example", "area", example, CostModel.areaMm2(eqx),
                CostModel.areaMm2(eqxFixed), "+4%", 4, areaCalibrations()));

        ExponentPath fp32 = ExponentPath.fpAdder(8, 24, CostDefaults.params());
        rows.add(new Comparison("h14.fp32_adder_area", Role.HELD_OUT, "FP32 adder area", "ExponentPath's parts at 8-bit "
                + "exponents and a 24-bit significand", "4184 um2", Calibrations.H14_FP32_ADDER_AREA_UM2, Relation.EQUALS,
                "Horowitz, ISSCC 2014 (45 nm)", fp32.areaUm2(), "um2", List.of("hbfp.exponent_path")));
        rows.add(new Comparison("h14.fp32_adder_energy", Role.HELD_OUT, "FP32 add energy", "the same parts",
                "0.9 pJ", Calibrations.H14_FP32_ADDER_ENERGY_FJ, Relation.EQUALS, "Horowitz, ISSCC 2014 (45 nm)",
                fp32.energyFj(), "fJ", List.of("hbfp.exponent_path", "logic.mux_energy")));

        AcceleratorCost tpu = CostModel.of(ReferenceAccelerators.tpuV1());
        String tpuConfig = "TPU v1 organisation (256 x 256 int8, 28 MiB of buffers) scaled to 28 nm";
        rows.add(new Comparison("tpu_v1.buffer_area", Role.HELD_OUT, "24 MiB Unified Buffer area", tpuConfig,
                "29% of < 331 mm2", 0.29 * 331, Relation.AT_MOST, TPU + "floor plan: Unified Buffer 29%",
                toTpuNode(24 * 1024 * CostDefaults.SRAM_AREA_MM2_PER_KIB), "mm2", List.of("sram.array_efficiency")));
        rows.add(new Comparison("tpu_v1.pe_area", Role.HELD_OUT, "matrix unit area per MAC", tpuConfig,
                "24% of < 331 mm2 / 65536", 0.24 * 331 / 65536 * 1e6, Relation.AT_MOST,
                TPU + "floor plan: Matrix Multiply Unit 24%",
                toTpuNode(tpu.peArrayAreaMm2()) / 65536 * 1e6, "um2", List.of("pe.layout_overhead")));

        rows.add(prediction("hbfp8.pe_area", "HBFP8 PE area over a fixed8 PE", "one PE, standard cells",
                MacCost.of(HBFP8, CostDefaults.params()).areaUm2(), MacCost.of(FIXED8, CostDefaults.params()).areaUm2(),
                List.of("hbfp.exponent_path")));
        for (EncodingSpec e : List.of(EncodingSpec.hbfp(4, 24, 10, Rounding.NEAREST),
                EncodingSpec.hbfp(6, 24, 10, Rounding.NEAREST), EncodingSpec.hbfp(8, 16, 10, Rounding.NEAREST),
                EncodingSpec.hbfp(8, 64, 10, Rounding.NEAREST))) {
            AcceleratorCost c = CostModel.of(ReferenceAccelerators.costReference(e));
            String name = e.shortName() + ".block" + e.blockSize();
            rows.add(prediction(name + ".power", name + " power over fixed8", REFERENCE, c.powerMw(),
                    refFixed.powerMw(), powerCalibrations()));
            rows.add(prediction(name + ".area", name + " area over fixed8", REFERENCE, c.areaMm2(), refFixed.areaMm2(),
                    areaCalibrations()));
        }
        return rows;
    }

    public static java.util.Optional<Comparison> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * An area at the model's 45 nm moved to TPU v1's 28 nm by ideal scaling, area ~ (feature size)^2 (Dennard et al.,
     * IEEE JSSC 1974); real 45-to-28 nm shrinks were close to it for logic and SRAM cells.
     */
    static double toTpuNode(double areaMm2At45) {
        return areaMm2At45 * (TPU_V1_NM / MODEL_NM) * (TPU_V1_NM / MODEL_NM);
    }

    private static Comparison overhead(String id, String what, String configuration, double hbfp, double fixed,
            String published, double publishedPercent, List<String> dependsOn) {
        return new Comparison(id, Role.HELD_OUT, "HBFP8 " + what + " over fixed8", configuration, published,
                publishedPercent, Relation.EQUALS, EQUINOX, 100 * (hbfp / fixed - 1), "%", dependsOn);
    }

    private static Comparison prediction(String id, String quantity, String configuration, double value,
            double baseline, List<String> dependsOn) {
        return new Comparison(id, Role.PREDICTION, quantity, configuration, "none", Double.NaN, Relation.NONE,
                "no published figure", 100 * (value / baseline - 1), "%", dependsOn);
    }

    private static List<String> powerCalibrations() {
        return List.of("hbfp.exponent_path", "logic.mux_energy", "register.energy", "logic.leakage", "sram.leakage",
                "controller.logic");
    }

    private static List<String> areaCalibrations() {
        return List.of("hbfp.exponent_path", "pe.layout_overhead", "sram.array_efficiency", "controller.logic");
    }
}
