package org.coltrain.bridge;

/**
 * The output of a layer, per sample: an image ({@code channels x height x width}) or a sequence
 * ({@code height} tokens of {@code channels} features, width 1).
 */
public record Shape(int channels, int height, int width, boolean sequence) {

    public static Shape image(int channels, int height, int width) {
        return new Shape(channels, height, width, false);
    }

    public static Shape sequence(int tokens, int features) {
        return new Shape(features, tokens, 1, true);
    }

    public long elements() {
        return (long) channels * height * width;
    }

    /** Features a fully connected layer sees: per token for a sequence, the flattened image otherwise. */
    public long denseInFeatures() {
        return sequence ? channels : elements();
    }

    public int tokens() {
        return sequence ? height : 1;
    }

    @Override
    public String toString() {
        return sequence ? height + " x " + channels : channels + " x " + height + " x " + width;
    }
}
