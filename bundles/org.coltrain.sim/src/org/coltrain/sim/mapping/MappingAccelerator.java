package org.coltrain.sim.mapping;

/**
 * One accelerator of a heterogeneous system as the mapping search sees it: the time to run some of a layer's output
 * channels, and the number format its weights are stored in. One implementation per array kind.
 */
public sealed interface MappingAccelerator permits DigitalArray, AnalogImcArray {

    String name();

    /** Time to compute {@code outChannels} of the layer's output channels (0 channels take no time). */
    double latencyNs(ConvShape layer, int outChannels);

    /** How this accelerator stores weights; the accuracy side measures its error per channel. */
    WeightQuantizer weights();
}
