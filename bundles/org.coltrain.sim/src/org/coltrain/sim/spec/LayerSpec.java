package org.coltrain.sim.spec;

/**
 * One layer of a network with its shapes resolved (all sizes are element counts, per sample).
 * The timing model lowers each kind to GEMMs or vector work.
 */
public sealed interface LayerSpec {

    String name();

    /** Weights (parameters) of the layer, in elements. */
    long weightElements();

    /** 2-D convolution; input {@code inChannels x inHeight x inWidth}, square or rectangular kernel. */
    record Conv2d(String name, int inChannels, int inHeight, int inWidth, int outChannels, int kernelHeight,
            int kernelWidth, int stride, int padding, int groups) implements LayerSpec, java.io.Serializable {
        public int outHeight() { return (inHeight + 2 * padding - kernelHeight) / stride + 1; }
        public int outWidth() { return (inWidth + 2 * padding - kernelWidth) / stride + 1; }
        @Override public long weightElements() {
            return (long) outChannels * (inChannels / groups) * kernelHeight * kernelWidth;
        }
    }

    /** Fully connected layer: {@code tokens} rows (1 for an MLP, sequence length for a transformer) times in x out. */
    record Dense(String name, int tokens, int inFeatures, int outFeatures) implements LayerSpec, java.io.Serializable {
        @Override public long weightElements() { return (long) inFeatures * outFeatures; }
    }

    /**
     * A GEMM between two activations (no weights), e.g. attention scores: per sample, {@code count} independent
     * products of (m x k) by (k x n).
     */
    record Matmul(String name, int count, int m, int k, int n) implements LayerSpec, java.io.Serializable {
        @Override public long weightElements() { return 0; }
    }

    /** Max or average pooling: vector work on the array's columns, no weights. */
    record Pool(String name, int channels, int inHeight, int inWidth, int kernel, int stride, int padding)
            implements LayerSpec, java.io.Serializable {
        public int outHeight() { return (inHeight + 2 * padding - kernel) / stride + 1; }
        public int outWidth() { return (inWidth + 2 * padding - kernel) / stride + 1; }
        @Override public long weightElements() { return 0; }
    }

    /** Element-wise work (activation, residual add, normalisation): {@code elements} outputs from {@code inputs} operands. */
    record Eltwise(String name, long elements, int inputs) implements LayerSpec, java.io.Serializable {
        @Override public long weightElements() { return 0; }
    }
}
