package org.coltrain.sim.spec;

/**
 * Technology parameters of the area/power model, all explicit so that no hardware figure hides in code.
 * Defaults and their sources live in {@code org.coltrain.sim.cost.CostDefaults}; the DSL can override each one.
 *
 * <p>MAC cost model: a multiplier grows with the square of the significand width, adders and registers linearly,
 * floating-point formats pay an exponent path per element, HBFP one per block.
 */
public record CostParams(
        double multiplierAreaUm2PerBit2, double adderAreaUm2PerBit, double exponentPathAreaUm2,
        double multiplierEnergyFjPerBit2, double adderEnergyFjPerBit, double exponentPathEnergyFj,
        double sramAreaMm2PerKiB, double sramReadEnergyPjPerByte, double sramWriteEnergyPjPerByte,
        double sramLeakageMwPerKiB, double dramEnergyPjPerByte, double controllerAreaMm2, double controllerPowerMw,
        double peLeakageMwPerMm2) {
}
