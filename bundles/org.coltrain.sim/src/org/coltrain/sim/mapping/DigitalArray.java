package org.coltrain.sim.mapping;

/**
 * A digital PE array that unrolls output channels over {@code channelLanes} and output columns over
 * {@code columnLanes} (DIANA's 16 x 16 8-bit array). Activations move at {@code activationBytesPerCycle}.
 */
public record DigitalArray(String name, int channelLanes, int columnLanes, double clockHz,
        double activationBytesPerCycle, WeightQuantizer weights) implements MappingAccelerator {

    public DigitalArray {
        if (channelLanes <= 0 || columnLanes <= 0 || clockHz <= 0 || activationBytesPerCycle <= 0)
            throw new IllegalArgumentException("digital array " + name + ": sizes, clock and bandwidth must be positive");
    }

    /** DIANA's digital array (REFERENCES.md, ODiMO): 16 x 16, 260 MHz, activations 8 bytes per cycle, 8-bit weights. */
    public static DigitalArray diana() {
        return new DigitalArray("digital", 16, 16, 260e6, 8, new IntQuantizer(8));
    }

    /** Cycles for {@code outChannels} channels; fractional because the activation term is not rounded. */
    public double cycles(ConvShape l, int outChannels) {
        if (outChannels == 0) return 0;
        // ODiMO (arXiv 2306.05060, DIANA digital model): ceil(Cout/16) Cin ceil(OX/16) OY KX KY compute cycles ...
        double compute = (double) ceilDiv(outChannels, channelLanes) * l.inChannels()
                * ceilDiv(l.outWidth(), columnLanes) * l.outHeight() * l.kernelWidth() * l.kernelHeight();
        // ... plus OX OY (Cin + Cout) / 8 cycles to move input and output activations (not rounded).
        double moves = (double) l.outWidth() * l.outHeight() * (l.inChannels() + outChannels) / activationBytesPerCycle;
        return compute + moves;
    }

    @Override
    public double latencyNs(ConvShape layer, int outChannels) {
        return cycles(layer, outChannels) / clockHz * 1e9;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
