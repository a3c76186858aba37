package org.coltrain.sim.llm;

import java.util.List;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * The two lower bounds on an iteration's time (Williams et al., CACM 2009, the roofline model): every streamed
 * weight and every attended KV entry crosses DRAM once, bytes / bandwidth; every multiply-accumulate runs at the
 * peak rate, MACs / peak. The timing model is above both; how far above says what the array loses.
 */
public record Roofline(double memoryBoundNs, double computeBoundNs) {

    public static Roofline of(AcceleratorSpec acc, TransformerShape s, List<SequenceChunk> chunks) {
        double bytesPerElement = acc.inferenceEncoding().storageBitsPerElement() / 8.0;
        double kvElements = 0;
        for (SequenceChunk c : chunks) kvElements += (double) c.attendedTokens() * s.kvElementsPerToken();
        double bytes = (s.streamedWeightElements() + kvElements) * bytesPerElement;
        return new Roofline(bytes / acc.dramBandwidthBytesPerS() * 1e9,
                TransformerLowering.macs(s, chunks) / acc.peakMacsPerS() * 1e9);
    }

    public double boundNs() { return Math.max(memoryBoundNs, computeBoundNs); }
}
