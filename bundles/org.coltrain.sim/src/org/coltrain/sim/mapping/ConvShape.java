package org.coltrain.sim.mapping;

import org.coltrain.sim.spec.LayerSpec;

/**
 * A layer as the ODiMO cost models see it (arXiv 2306.05060, section IV): input channels, output channels (the
 * dimension that is split), output width OX and height OY, kernel KX x KY. A dense layer is a 1x1 convolution over
 * its tokens (OX = tokens, OY = 1).
 */
public record ConvShape(String name, int inChannels, int outChannels, int outWidth, int outHeight, int kernelWidth,
        int kernelHeight) {

    public ConvShape {
        if (inChannels <= 0 || outChannels <= 0 || outWidth <= 0 || outHeight <= 0 || kernelWidth <= 0
                || kernelHeight <= 0)
            throw new IllegalArgumentException("layer " + name + ": every dimension must be positive");
    }

    /** Weights per output channel, Cin * KX * KY. */
    public long weightsPerChannel() {
        return (long) inChannels * kernelWidth * kernelHeight;
    }

    /** MACs of the whole layer, per sample. */
    public long macs() {
        return weightsPerChannel() * outChannels * outWidth * outHeight;
    }

    /**
     * The splittable shape of a layer, or null for layers without a dense weight tensor to split (pooling,
     * element-wise, activation-activation products and grouped convolutions, which ODiMO's DIANA models do not cover).
     */
    public static ConvShape of(LayerSpec layer) {
        return switch (layer) {
            case LayerSpec.Conv2d c when c.groups() == 1 -> new ConvShape(c.name(), c.inChannels(), c.outChannels(),
                    c.outWidth(), c.outHeight(), c.kernelWidth(), c.kernelHeight());
            case LayerSpec.Dense d -> new ConvShape(d.name(), d.inFeatures(), d.outFeatures(), d.tokens(), 1, 1, 1);
            default -> null;
        };
    }
}
