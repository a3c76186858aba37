package org.coltrain.sim.spec;

/**
 * Technology parameters of the area/power model, all explicit so that no hardware figure hides in code.
 * Defaults and their sources live in {@code org.coltrain.sim.cost.CostDefaults}; the parameters without a primary
 * source are declared in {@code org.coltrain.sim.calibration.Calibrations}; the DSL can override each one.
 *
 * <p>MAC cost model: a multiplier grows with the square of the significand width, adders and pipeline registers
 * linearly, floating-point formats pay an exponent path per element, HBFP one per block. The exponent path is
 * built from adders, 2:1 multiplexers and registers ({@code org.coltrain.sim.cost.ExponentPath}) unless its area
 * and energy are given explicitly.
 *
 * @param multiplierAreaUm2PerBit2  multiplier area per squared significand bit
 * @param adderAreaUm2PerBit        accumulator adder area per bit of accumulator width
 * @param exponentPathAreaUm2       one exponent path, if set explicitly; NaN: derived from its components
 * @param multiplierEnergyFjPerBit2 multiplier energy per operation per squared significand bit
 * @param adderEnergyFjPerBit       adder energy per operation per bit of accumulator width
 * @param exponentPathEnergyFj      energy of one use of an exponent path, if set explicitly; NaN: derived
 * @param sramAreaMm2PerKiB         on-chip buffer area per KiB
 * @param sramReadEnergyPjPerByte   buffer read energy
 * @param sramWriteEnergyPjPerByte  buffer write energy
 * @param sramLeakageMwPerKiB       buffer leakage power
 * @param dramEnergyPjPerByte       off-chip access energy
 * @param controllerAreaMm2         scheduler / controller logic area (one per accelerator)
 * @param controllerPowerMw         scheduler / controller logic power (one per accelerator)
 * @param peLeakageMwPerMm2         leakage of the PE arrays per mm2 of their standard-cell area
 * @param registerAreaUm2PerBit     pipeline register (flip-flop) area per bit held in a PE
 * @param registerEnergyFjPerBit    pipeline register energy per bit per cycle
 * @param accumulatorBits           width of a PE's fixed-point (or FP significand) accumulator
 * @param muxAreaUm2                one 2:1 multiplexer cell (shifters, swaps, leading-zero counters)
 * @param muxEnergyFj               energy of one 2:1 multiplexer per use
 * @param peLayoutOverhead          laid-out PE array area over the sum of its standard cells (routing, clock tree,
 *                                  placement whitespace); 1 = cells abutted
 */
public record CostParams(
        double multiplierAreaUm2PerBit2, double adderAreaUm2PerBit, double exponentPathAreaUm2,
        double multiplierEnergyFjPerBit2, double adderEnergyFjPerBit, double exponentPathEnergyFj,
        double sramAreaMm2PerKiB, double sramReadEnergyPjPerByte, double sramWriteEnergyPjPerByte,
        double sramLeakageMwPerKiB, double dramEnergyPjPerByte, double controllerAreaMm2, double controllerPowerMw,
        double peLeakageMwPerMm2, double registerAreaUm2PerBit, double registerEnergyFjPerBit, int accumulatorBits,
        double muxAreaUm2, double muxEnergyFj, double peLayoutOverhead) implements java.io.Serializable {

    public CostParams {
        if (accumulatorBits < 1) throw new IllegalArgumentException("accumulatorBits must be positive");
        if (!(peLayoutOverhead >= 1)) throw new IllegalArgumentException("peLayoutOverhead must be at least 1");
    }
}
