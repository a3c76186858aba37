package org.coltrain.sim.array;

/**
 * Element-wise work (pooling, residual add, weight update): {@code operations} one-element operations reading
 * {@code inputElements} and writing {@code outputElements} through DRAM. Runs on the array's column lanes.
 *
 * @param elementBits storage bits per element; 0 means "the encoding's storage width"
 */
public record VectorWork(String layer, Pass pass, long operations, long inputElements, long outputElements,
        int elementBits) implements Work {

    public VectorWork {
        if (operations < 1 || inputElements < 0 || outputElements < 0 || elementBits < 0)
            throw new IllegalArgumentException(layer + ": invalid vector work");
    }
}
