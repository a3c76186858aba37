package org.coltrain.sim.array.scalesim;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The [architecture_presets] of a SCALE-Sim v2 .cfg file. SCALE-Sim sizes SRAMs in "kB" of 1024 bytes and DRAM
 * bandwidth in words per cycle; it has no clock, encoding or DRAM capacity, so those are inputs of
 * {@link #toAccelerator}.
 */
public record ScaleSimConfig(String runName, int arrayHeight, int arrayWidth, long ifmapSramKiB, long filterSramKiB,
        long ofmapSramKiB, Dataflow dataflow, double bandwidthWordsPerCycle) {

    /**
     * One array of the configured shape; a word is one element of {@code encoding}, so the DRAM bandwidth is
     * words per cycle x bytes per element x clock.
     */
    public AcceleratorSpec toAccelerator(double clockHz, EncodingSpec encoding, long dramCapacityBytes,
            CostParams cost) {
        double bytesPerS = bandwidthWordsPerCycle * encoding.storageBitsPerElement() / 8.0 * clockHz;
        return new AcceleratorSpec(runName, 1, arrayHeight, arrayWidth, dataflow, clockHz, ifmapSramKiB * 1024,
                filterSramKiB * 1024, ofmapSramKiB * 1024, bytesPerS, dramCapacityBytes, encoding, encoding, cost);
    }
}
