package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.data.Digits;

/** The two networks trained on the 8 x 8 digits; {@link #build} makes a fresh, seeded instance. */
public enum ModelKind {
    /** 64 -> 128 ReLU -> 10: 9.5 k weights, about 9.5 k MACs per sample forward. */
    MLP,
    /**
     * 1x8x8 -> conv3x3(8) ReLU -> maxpool 2 -> conv3x3(16) ReLU -> dense 10: the second conv's dot products are
     * 72 long (three 24-wide HBFP blocks); about 26 k MACs per sample forward.
     */
    CNN;

    private static final int MLP_HIDDEN = 128;
    private static final int CONV1_FILTERS = 8, CONV2_FILTERS = 16, KERNEL = 3;

    public String cliName() { return name().toLowerCase(Locale.ROOT); }

    public static ModelKind parse(String name) {
        for (ModelKind kind : values()) if (kind.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) return kind;
        throw new IllegalArgumentException("unknown model '" + name + "': use mlp or cnn");
    }

    public Network build(TrainingNumerics enc, SplittableRandom init) {
        int side = Digits.SIDE, half = side / 2;
        return switch (this) {
            case MLP -> new Network(List.of(
                    new Dense(Digits.FEATURES, MLP_HIDDEN, enc, init),
                    new Relu(MLP_HIDDEN),
                    new Dense(MLP_HIDDEN, Digits.CLASSES, enc, init)));
            case CNN -> new Network(List.of(
                    new Conv2d(1, CONV1_FILTERS, side, side, KERNEL, enc, init),
                    new Relu(CONV1_FILTERS * side * side),
                    new MaxPool2(CONV1_FILTERS, side, side),
                    new Conv2d(CONV1_FILTERS, CONV2_FILTERS, half, half, KERNEL, enc, init),
                    new Relu(CONV2_FILTERS * half * half),
                    new Dense(CONV2_FILTERS * half * half, Digits.CLASSES, enc, init)));
        };
    }
}
