package org.coltrain.sim.cost;

import org.coltrain.sim.spec.CostParams;

/**
 * The one table of default technology parameters (45 nm class, 0.9-1.1 V), with the source or reasoning of each.
 * Horowitz, "Computing's energy problem", ISSCC 2014 (45 nm) is abbreviated [H14].
 *
 * <p>Two defaults are calibrated rather than measured: the HBFP exponent path's area and energy. They sit between
 * a bare 10-bit exponent adder (lower bound) and a full FP32 adder (upper bound, [H14]: 4184 um2, 0.9 pJ) and are
 * chosen so that the reference design {@code ReferenceAccelerators.equinoxLike} shows the Equinox (MICRO 2021)
 * figures: HBFP8 costs about +13% power and +4% area over the same fixed8 array (see CostModelEquinoxTest).
 */
public final class CostDefaults {

    private CostDefaults() {
    }

    /** [H14]: 8-bit integer multiplier 282 um2 -> 282 / 8^2 = 4.41 um2 per squared bit. */
    public static final double MULTIPLIER_AREA_UM2_PER_BIT2 = 282.0 / 64.0;
    /** [H14]: 32-bit integer adder 137 um2 -> 137 / 32 = 4.28 um2 per bit. */
    public static final double ADDER_AREA_UM2_PER_BIT = 137.0 / 32.0;
    /** Calibrated (see class comment): about half an FP32 adder [H14] 4184 um2; the significand add is shared. */
    public static final double EXPONENT_PATH_AREA_UM2 = 1900.0;
    /** [H14]: 8-bit integer multiply 0.2 pJ -> 200 / 64 = 3.125 fJ per squared bit. */
    public static final double MULTIPLIER_ENERGY_FJ_PER_BIT2 = 200.0 / 64.0;
    /** [H14]: 32-bit integer add 0.1 pJ -> 100 / 32 = 3.125 fJ per bit. */
    public static final double ADDER_ENERGY_FJ_PER_BIT = 100.0 / 32.0;
    /** Calibrated (see class comment): an FP32 add [H14] 0.9 pJ plus exponent add and alignment shift. */
    public static final double EXPONENT_PATH_ENERGY_FJ = 1200.0;
    /** 45 nm 6T cell 0.346 um2 at about 50% array efficiency: 8192 bits x 0.346 um2 / 0.5 = 0.0057 mm2 per KiB. */
    public static final double SRAM_AREA_MM2_PER_KIB = 8192 * 0.346 / 0.5 / 1e6;
    /** [H14]: 32 KiB SRAM bank, 64-bit read 20 pJ -> 2.5 pJ per byte. */
    public static final double SRAM_READ_ENERGY_PJ_PER_BYTE = 2.5;
    /** Writes drive the bit lines full swing: taken 10% above the read energy (CACTI-class ratio). */
    public static final double SRAM_WRITE_ENERGY_PJ_PER_BYTE = 2.75;
    /** Order of magnitude for 45 nm high-density SRAM at nominal voltage: 10 uW per KiB. */
    public static final double SRAM_LEAKAGE_MW_PER_KIB = 0.01;
    /** [H14]: DRAM 1.3 nJ per 64-bit access -> 1300 / 8 = 162.5 pJ per byte. */
    public static final double DRAM_ENERGY_PJ_PER_BYTE = 1300.0 / 8.0;
    /** A small in-order control core plus the priority scheduler's queues (Cortex-M0 class, about 0.1 mm2). */
    public static final double CONTROLLER_AREA_MM2 = 0.1;
    /** Same control core at 1 GHz: tens of mW; Equinox reports controller logic below 1% of chip power. */
    public static final double CONTROLLER_POWER_MW = 20.0;
    /** Order of magnitude for 45 nm standard-cell logic leakage: 10 mW per mm2. */
    public static final double PE_LEAKAGE_MW_PER_MM2 = 10.0;
    /** Nangate 45 nm DFF_X1: 4.52 um2 per flip-flop. */
    public static final double REGISTER_AREA_UM2_PER_BIT = 4.52;
    /** About 2 fJ per clocked flip-flop per cycle (clock pin plus data toggling at 45 nm, order of magnitude). */
    public static final double REGISTER_ENERGY_FJ_PER_BIT = 2.0;
    /** Fixed-point products accumulate in 32 bits, as 8-bit inference arrays do (TPU v1, ISCA 2017). */
    public static final int ACCUMULATOR_BITS = 32;

    /** The defaults as one record. */
    public static CostParams params() {
        return new CostParams(MULTIPLIER_AREA_UM2_PER_BIT2, ADDER_AREA_UM2_PER_BIT, EXPONENT_PATH_AREA_UM2,
                MULTIPLIER_ENERGY_FJ_PER_BIT2, ADDER_ENERGY_FJ_PER_BIT, EXPONENT_PATH_ENERGY_FJ,
                SRAM_AREA_MM2_PER_KIB, SRAM_READ_ENERGY_PJ_PER_BYTE, SRAM_WRITE_ENERGY_PJ_PER_BYTE,
                SRAM_LEAKAGE_MW_PER_KIB, DRAM_ENERGY_PJ_PER_BYTE, CONTROLLER_AREA_MM2, CONTROLLER_POWER_MW,
                PE_LEAKAGE_MW_PER_MM2, REGISTER_AREA_UM2_PER_BIT, REGISTER_ENERGY_FJ_PER_BIT, ACCUMULATOR_BITS);
    }
}
