package org.coltrain.onnx;

import java.util.List;

import org.coltrain.sim.spec.LayerSpec;

/**
 * One layer of an imported network: its shapes as a simulator layer, the operation where the layer kind has
 * several (max or avg pooling; add, mul or softmax), the layer its input comes from when it is not the one before
 * ({@code from}, null for the previous layer or the network input), the other operands of an element-wise layer,
 * and the input shape to write out when the layer before does not produce it (after a Concat or a Reshape).
 */
public record ImportedLayer(LayerSpec spec, String op, String from, List<String> with, int[] explicitInput,
        long biasElements, List<String> fused, String note) {

    public ImportedLayer {
        with = List.copyOf(with);
        fused = List.copyOf(fused);
    }

    public String name() {
        return spec.name();
    }
}
