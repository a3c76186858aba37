package org.coltrain.onnx;

import java.util.List;

import org.coltrain.sim.spec.NetworkSpec;

/**
 * An ONNX graph as a network. {@code graphParameters} counts what frameworks call parameters: the weights and
 * biases of convolutions and fully connected layers and the scale and shift of batch normalization, as the graph
 * has them before folding (running mean and variance are statistics, not parameters). After folding the network
 * has {@link #spec()}'s weights and {@code biasElements()} biases.
 */
public record ImportedNetwork(String name, String source, int[] input, List<ImportedLayer> layers, long graphParameters,
        int foldedBatchNorms, int fusedActivations, int layoutOps) {

    public ImportedNetwork {
        layers = List.copyOf(layers);
    }

    /** The layers' shapes as the simulator takes them. */
    public NetworkSpec spec() {
        return new NetworkSpec(name, layers.stream().map(ImportedLayer::spec).toList());
    }

    /** Bias elements after folding (one per output channel of a layer that has a bias or absorbed a batch norm). */
    public long biasElements() {
        long total = 0;
        for (ImportedLayer l : layers) total += l.biasElements();
        return total;
    }
}
