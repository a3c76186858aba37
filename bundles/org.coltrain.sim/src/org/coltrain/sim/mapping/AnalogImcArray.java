package org.coltrain.sim.mapping;

/**
 * An analog in-memory-computing crossbar of {@code rows x cols} cells (DIANA: 1152 x 512, ternary weights). A step
 * drives {@code inputChannelsPerStep} input channels through the array in {@code stepNs}; small layers unroll
 * {@code u} output pixels side by side; writing the weights costs {@code weightLoadCyclesPerRow} cycles per used row.
 */
public record AnalogImcArray(String name, int rows, int cols, int inputChannelsPerStep, int minRowChannels,
        int maxUnroll, double stepNs, double clockHz, double weightLoadCyclesPerRow, WeightQuantizer weights)
        implements MappingAccelerator {

    public AnalogImcArray {
        if (rows <= 0 || cols <= 0 || inputChannelsPerStep <= 0 || minRowChannels <= 0 || maxUnroll <= 0
                || stepNs <= 0 || clockHz <= 0 || weightLoadCyclesPerRow < 0)
            throw new IllegalArgumentException("analog array " + name + ": sizes, step time and clock must be positive");
    }

    /**
     * DIANA's analog array (REFERENCES.md, ODiMO): 1152 x 512 ternary cells, 128 input channels and 70 ns per step,
     * unroll up to 8, rows padded to 64 channels, 8 cycles per weight row at 260 MHz.
     */
    public static AnalogImcArray diana() {
        return new AnalogImcArray("analog", 1152, 512, 128, 64, 8, 70, 260e6, 8, new TernaryQuantizer());
    }

    /** The largest power-of-two unroll u <= maxUnroll with u Cout <= cols and (u + KX - 1) KY max(64, Cin) <= rows; else 1. */
    public int unroll(ConvShape l, int outChannels) {
        int best = 1;
        for (int u = 2; u <= maxUnroll; u *= 2) {
            boolean fitsCols = (long) u * outChannels <= cols;
            boolean fitsRows = (long) (u + l.kernelWidth() - 1) * l.kernelHeight()
                    * Math.max(minRowChannels, l.inChannels()) <= rows;
            if (fitsCols && fitsRows) best = u;
        }
        return best;
    }

    /** Analog steps (fractional: ODiMO does not round the division by the unroll). */
    public double steps(ConvShape l, int outChannels) {
        if (outChannels == 0) return 0;
        // ODiMO (DIANA analog model): ceil(Cout/512) ceil(Cin/128) OX OY / u steps of 70 ns.
        return (double) DigitalArray.ceilDiv(outChannels, cols) * DigitalArray.ceilDiv(l.inChannels(), inputChannelsPerStep)
                * l.outWidth() * l.outHeight() / unroll(l, outChannels);
    }

    /** Cycles to write the layer's weights: 8 Cin KX KY, independent of Cout (ODiMO, DIANA analog model). */
    public double weightLoadCycles(ConvShape l, int outChannels) {
        if (outChannels == 0) return 0;
        return weightLoadCyclesPerRow * l.inChannels() * l.kernelWidth() * l.kernelHeight();
    }

    @Override
    public double latencyNs(ConvShape layer, int outChannels) {
        return steps(layer, outChannels) * stepNs + weightLoadCycles(layer, outChannels) / clockHz * 1e9;
    }
}
