package org.coltrain.sim.cost;

import org.coltrain.sim.spec.CostParams;

/**
 * The one table of default technology parameters (45 nm class, 0.9-1.1 V), with the source or reasoning of each.
 * Horowitz, "Computing's energy problem", ISSCC 2014 (45 nm) is abbreviated [H14]; the Nangate 45 nm Open Cell
 * Library (rows 1.4 um high, sites 0.19 um wide) [N45].
 *
 * <p>No default is chosen to reproduce a published figure except the controller's (checked against Equinox's
 * "below 1%"). The defaults without a primary source are declared, with bounds, in
 * {@code org.coltrain.sim.calibration.Calibrations} ({@code coltrain calibrations}), which also compares the model
 * with figures it was not fitted to.
 */
public final class CostDefaults {

    private CostDefaults() {
    }

    /** [H14]: 8-bit integer multiplier 282 um2 -> 282 / 8^2 = 4.41 um2 per squared bit. */
    public static final double MULTIPLIER_AREA_UM2_PER_BIT2 = 282.0 / 64.0;
    /** [H14]: 32-bit integer adder 137 um2 -> 137 / 32 = 4.28 um2 per bit. */
    public static final double ADDER_AREA_UM2_PER_BIT = 137.0 / 32.0;
    /** [H14]: 8-bit integer multiply 0.2 pJ -> 200 / 64 = 3.125 fJ per squared bit. */
    public static final double MULTIPLIER_ENERGY_FJ_PER_BIT2 = 200.0 / 64.0;
    /** [H14]: 32-bit integer add 0.1 pJ -> 100 / 32 = 3.125 fJ per bit. */
    public static final double ADDER_ENERGY_FJ_PER_BIT = 100.0 / 32.0;
    /** Not set: the exponent path is derived from its parts ({@link ExponentPath}); the DSL may set it. */
    public static final double EXPONENT_PATH_AREA_UM2 = Double.NaN;
    /** Not set: derived from its parts, like the area. */
    public static final double EXPONENT_PATH_ENERGY_FJ = Double.NaN;
    /** [N45] MUX2_X1: 7 sites x 0.19 um x 1.4 um = 1.862 um2. */
    public static final double MUX_AREA_UM2 = 7 * 0.19 * 1.4;
    /**
     * Assumed (calibration logic.mux_energy): [H14] gives no multiplexer energy; a mux is taken to switch the
     * same energy per um2 of cell as [H14]'s 32-bit adder (0.1 pJ / 137 um2): 1.862 x 100 / 137 = 1.36 fJ.
     */
    public static final double MUX_ENERGY_FJ = MUX_AREA_UM2 * 100.0 / 137.0;
    /**
     * Assumed (calibration pe.layout_overhead): standard cells fill about 70% of a placed-and-routed block, the rest
     * is routing, clock tree and whitespace: 1 / 0.7 = 1.43.
     */
    public static final double PE_LAYOUT_OVERHEAD = 1 / 0.7;
    /** 45 nm high-density 6T SRAM cell, 0.346 um2 (Intel 45 nm, Mistry et al., IEDM 2007). */
    public static final double SRAM_CELL_AREA_UM2 = 0.346;
    /** Assumed (calibration sram.array_efficiency): cells take about half of a buffer macro, periphery the rest. */
    public static final double SRAM_ARRAY_EFFICIENCY = 0.5;
    /** 8192 bits x 0.346 um2 / 0.5 = 0.0057 mm2 per KiB. */
    public static final double SRAM_AREA_MM2_PER_KIB = 8192 * SRAM_CELL_AREA_UM2 / SRAM_ARRAY_EFFICIENCY / 1e6;
    /** [H14]: 32 KiB SRAM bank, 64-bit read 20 pJ -> 2.5 pJ per byte. */
    public static final double SRAM_READ_ENERGY_PJ_PER_BYTE = 2.5;
    /** Assumed (calibration sram.write_energy): writes drive the bit lines full swing, taken 10% above a read. */
    public static final double SRAM_WRITE_OVER_READ = 1.1;
    public static final double SRAM_WRITE_ENERGY_PJ_PER_BYTE = SRAM_READ_ENERGY_PJ_PER_BYTE * SRAM_WRITE_OVER_READ;
    /** Assumed (calibration sram.leakage): order of magnitude for 45 nm SRAM at nominal voltage, 10 uW per KiB. */
    public static final double SRAM_LEAKAGE_MW_PER_KIB = 0.01;
    /** A DRAM that names no kind: {@link DramKind} ddr3's energy, [H14]'s 1.3 nJ per 64-bit access. */
    public static final double DRAM_ENERGY_PJ_PER_BYTE = DramKind.find("ddr3").orElseThrow().energyPjPerByte();
    /**
     * Fitted (calibration controller.logic): a small in-order control core plus the priority scheduler's queues,
     * about 0.1 mm2, chosen with Equinox's "controller logic below 1% of area and power" in view.
     */
    public static final double CONTROLLER_AREA_MM2 = 0.1;
    /** Fitted with the area (calibration controller.logic): the same control core at 1 GHz, tens of mW. */
    public static final double CONTROLLER_POWER_MW = 20.0;
    /** Assumed (calibration logic.leakage): order of magnitude for 45 nm logic, 10 mW per mm2 of cells. */
    public static final double PE_LEAKAGE_MW_PER_MM2 = 10.0;
    /** [N45] DFF_X1: 17 sites x 0.19 um x 1.4 um = 4.52 um2 per flip-flop. */
    public static final double REGISTER_AREA_UM2_PER_BIT = 4.52;
    /** Assumed (calibration register.energy): about 2 fJ per clocked flip-flop per cycle (clock pin and data). */
    public static final double REGISTER_ENERGY_FJ_PER_BIT = 2.0;
    /** Fixed-point products accumulate in 32 bits, as 8-bit inference arrays do (TPU v1, ISCA 2017). */
    public static final int ACCUMULATOR_BITS = 32;

    /** The defaults as one record. */
    public static CostParams params() {
        return new CostParams(MULTIPLIER_AREA_UM2_PER_BIT2, ADDER_AREA_UM2_PER_BIT, EXPONENT_PATH_AREA_UM2,
                MULTIPLIER_ENERGY_FJ_PER_BIT2, ADDER_ENERGY_FJ_PER_BIT, EXPONENT_PATH_ENERGY_FJ,
                SRAM_AREA_MM2_PER_KIB, SRAM_READ_ENERGY_PJ_PER_BYTE, SRAM_WRITE_ENERGY_PJ_PER_BYTE,
                SRAM_LEAKAGE_MW_PER_KIB, DRAM_ENERGY_PJ_PER_BYTE, CONTROLLER_AREA_MM2, CONTROLLER_POWER_MW,
                PE_LEAKAGE_MW_PER_MM2, REGISTER_AREA_UM2_PER_BIT, REGISTER_ENERGY_FJ_PER_BIT, ACCUMULATOR_BITS,
                MUX_AREA_UM2, MUX_ENERGY_FJ, PE_LAYOUT_OVERHEAD);
    }

    /** The defaults with another DRAM energy, as a named DRAM kind sets it. */
    public static CostParams withDram(DramKind kind) {
        CostParams p = params();
        return CostOptions.apply(p, java.util.Map.of("dram_energy_per_byte", kind.energyPjPerByte() * 1e-12));
    }
}
