package org.coltrain.sim.cost;

/**
 * Area and peak power of one accelerator, broken down by block. Peak power assumes every PE does one MAC per
 * cycle and the array edges stream operands from the buffers every cycle; DRAM power is not on the chip and is
 * charged per byte in the energy of a layer instead.
 */
public record AcceleratorCost(double peArrayAreaMm2, double sramAreaMm2, double controllerAreaMm2,
        double peDynamicPowerMw, double sramDynamicPowerMw, double leakagePowerMw, double controllerPowerMw) implements java.io.Serializable {

    public double areaMm2() { return peArrayAreaMm2 + sramAreaMm2 + controllerAreaMm2; }

    public double powerMw() { return peDynamicPowerMw + sramDynamicPowerMw + leakagePowerMw + controllerPowerMw; }

    /** Power drawn whether or not the arrays compute: leakage plus the controller. */
    public double staticPowerMw() { return leakagePowerMw + controllerPowerMw; }

    public double controllerAreaShare() { return controllerAreaMm2 / areaMm2(); }

    public double controllerPowerShare() { return controllerPowerMw / powerMw(); }
}
