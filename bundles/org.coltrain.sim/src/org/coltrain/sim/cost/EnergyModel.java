package org.coltrain.sim.cost;

import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Energy of a piece of work from its event counts: E = MACs x E_mac + buffer reads and writes x E_sram
 * + DRAM bytes x E_dram + static power x time (first principles; 1 mW x 1 ns = 1 pJ).
 */
public final class EnergyModel {

    private EnergyModel() {
    }

    public static double energyPj(CostParams p, EncodingSpec encoding, long macs, double sramReadBytes,
            double sramWriteBytes, long dramBytes, double staticPowerMw, double timeNs) {
        return energyPj(p, MacCost.of(encoding, p).energyPj(), macs, sramReadBytes, sramWriteBytes, dramBytes,
                staticPowerMw, timeNs);
    }

    /** The same with the energy of one MAC ({@link MacCost#energyPj()}) given, for callers that reuse it. */
    public static double energyPj(CostParams p, double macEnergyPj, long macs, double sramReadBytes,
            double sramWriteBytes, long dramBytes, double staticPowerMw, double timeNs) {
        double macPj = macs * macEnergyPj;
        return macPj + sramReadBytes * p.sramReadEnergyPjPerByte() + sramWriteBytes * p.sramWriteEnergyPjPerByte()
                + dramBytes * p.dramEnergyPjPerByte() + staticPowerMw * timeNs;
    }

    /** Energy of one element-wise operation: one accumulator-width add (pooling, residual add, update). */
    public static double vectorOpEnergyPj(CostParams p) {
        return p.adderEnergyFjPerBit() * p.accumulatorBits() / 1000.0;
    }
}
