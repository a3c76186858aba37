package org.coltrain.sim.numerics.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * The UCI optical handwritten digits (8 x 8, 1797 samples, CC BY 4.0; source and licence in {@code README.md}
 * next to the data), read from the classpath. Pixels 0..16 become {@code pixel / 16} in [0, 1].
 */
public final class Digits {

    public static final String RESOURCE = "digits.csv.gz";
    public static final int SIDE = 8;
    public static final int FEATURES = SIDE * SIDE;
    public static final int CLASSES = 10;
    public static final int SAMPLES = 1797;
    /** Seed of the fixed permutation that splits train from test; independent of any training seed. */
    public static final long SPLIT_SEED = 1998;
    /** Share of the samples in the training set: 1437 train, 360 test. */
    public static final double TRAIN_FRACTION = 0.8;
    private static final float MAX_PIXEL = 16f;

    private static volatile Split cached;

    private Digits() {}

    /** A training set and a test set drawn from disjoint samples. */
    public record Split(Dataset train, Dataset test) {}

    /** All samples in file order. */
    public static Dataset load() {
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the sim bundle");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>(SAMPLES);
            for (String line = in.readLine(); line != null; line = in.readLine()) if (!line.isBlank()) lines.add(line);
            float[] features = new float[lines.size() * FEATURES];
            int[] labels = new int[lines.size()];
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                if (cells.length != FEATURES + 1) throw new IllegalStateException("line " + (r + 1) + ": " + cells.length + " cells");
                for (int c = 0; c < FEATURES; c++) features[r * FEATURES + c] = Integer.parseInt(cells[c].trim()) / MAX_PIXEL;
                labels[r] = Integer.parseInt(cells[FEATURES].trim());
            }
            return new Dataset(features, labels, FEATURES, CLASSES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fixed split: a Fisher-Yates permutation of all samples drawn from {@code SplittableRandom(SPLIT_SEED)};
     * the first {@code floor(0.8 * 1797) = 1437} permuted samples train, the other 360 test. Loaded once.
     */
    public static Split split() {
        Split s = cached;
        if (s == null) {
            Dataset all = load();
            int[] order = permutation(all.size(), new SplittableRandom(SPLIT_SEED));
            int trainSize = (int) (TRAIN_FRACTION * all.size());
            int[] train = java.util.Arrays.copyOfRange(order, 0, trainSize);
            int[] test = java.util.Arrays.copyOfRange(order, trainSize, order.length);
            s = new Split(all.select(train), all.select(test));
            cached = s;
        }
        return s;
    }

    /** Fisher-Yates shuffle of 0 .. n-1. */
    public static int[] permutation(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
