package org.coltrain.sim.numerics.data;

/**
 * Labelled samples: {@code features} holds {@code size()} rows of {@code featureCount} values, row-major, and
 * {@code labels} the class (0 .. classCount - 1) of each row. The arrays are owned by the record; do not modify.
 */
public record Dataset(float[] features, int[] labels, int featureCount, int classCount) {

    public Dataset {
        if (features.length != labels.length * featureCount)
            throw new IllegalArgumentException(features.length + " features for " + labels.length + " labels of "
                    + featureCount);
    }

    public int size() { return labels.length; }

    /** The rows at {@code indices}, in that order. */
    public Dataset select(int[] indices) {
        float[] f = new float[indices.length * featureCount];
        int[] l = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(features, indices[r] * featureCount, f, r * featureCount, featureCount);
            l[r] = labels[indices[r]];
        }
        return new Dataset(f, l, featureCount, classCount);
    }
}
