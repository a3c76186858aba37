package org.coltrain.sim.llm;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * What the accelerator's DRAM holds: the served model's weights (every parameter, embeddings included, at the
 * inference encoding's storage width), {@code reservedBytes} for a co-located training job, and the KV cache in
 * the rest. Activations of the serving iterations are not reserved (they are small next to the cache in decode).
 */
public record MemoryBudget(long capacityBytes, long weightBytes, long reservedBytes, long kvBytesPerToken) {

    public MemoryBudget {
        if (weightBytes + reservedBytes > capacityBytes)
            throw new IllegalArgumentException("the model's weights (" + weightBytes + " bytes) and the training job ("
                    + reservedBytes + " bytes) do not fit in " + capacityBytes + " bytes of DRAM: use an accelerator"
                    + " with more memory, a narrower encoding or a smaller model");
    }

    public static MemoryBudget of(AcceleratorSpec acc, TransformerShape s, long reservedBytes) {
        double bytesPerElement = acc.inferenceEncoding().storageBitsPerElement() / 8.0;
        return new MemoryBudget(acc.dramCapacityBytes(), (long) Math.ceil(s.parameters() * bytesPerElement),
                reservedBytes, (long) Math.ceil(s.kvElementsPerToken() * bytesPerElement));
    }

    public long kvCapacityBytes() { return capacityBytes - weightBytes - reservedBytes; }

    public long kvBlocks(int blockTokens) { return kvCapacityBytes() / (kvBytesPerToken * blockTokens); }
}
