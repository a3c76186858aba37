package org.coltrain.sim.array;

/**
 * {@code count} independent products (m x k) . (k x n) = (m x n), e.g. the groups of a grouped convolution.
 * The left operand sits in the ifmap buffer, the right one in the filter buffer, the result in the ofmap buffer.
 * The {@code *Elements} fields are the distinct elements of one product that must cross the DRAM interface: for an
 * im2col convolution the left operand is the input feature map, smaller than m x k because windows overlap.
 */
public record Gemm(String layer, Pass pass, int count, long m, long n, long k, long leftElements,
        long rightElements, long outputElements) implements Work {

    public Gemm {
        if (count < 1 || m < 1 || n < 1 || k < 1) throw new IllegalArgumentException(layer + ": empty GEMM");
        if (leftElements < 1 || rightElements < 1 || outputElements < 1)
            throw new IllegalArgumentException(layer + ": operands must be non-empty");
    }

    public long macs() { return count * m * n * k; }
}
