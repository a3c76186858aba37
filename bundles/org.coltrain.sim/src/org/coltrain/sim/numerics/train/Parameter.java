package org.coltrain.sim.numerics.train;

/**
 * A trainable tensor of {@code rows x cols} values (weights: inputs x outputs; biases: outputs x 1): its master
 * values (the copy the optimiser updates), the copy the layer computes with, the gradient of the last backward
 * pass and the optimiser's momentum buffer. The compute copy is the master itself unless the numerics keep a
 * narrower one ({@link HbfpEmulatorNumerics}: wide master, narrow compute copy).
 */
public final class Parameter {

    private final int rows, cols;
    private final float[] values;
    private final float[] gradient;
    private final float[] velocity;
    private float[] compute;

    Parameter(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        values = new float[rows * cols];
        gradient = new float[rows * cols];
        velocity = new float[rows * cols];
        compute = values;
    }

    public int size() { return values.length; }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** The live master values (read them; only layers, the optimiser and the numerics write). */
    public float[] values() { return values; }

    /** The values the layer's products and bias additions read: {@link #values} unless a separate copy was made. */
    public float[] compute() { return compute; }

    /** Gives the parameter a compute copy of its own, starting from the master values. */
    void separateComputeCopy() {
        if (compute == values) compute = values.clone();
    }

    float[] gradient() { return gradient; }

    float[] velocity() { return velocity; }
}
