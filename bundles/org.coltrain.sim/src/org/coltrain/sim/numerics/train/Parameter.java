package org.coltrain.sim.numerics.train;

/**
 * A trainable tensor: its FP32 master values (the wider copy the optimiser updates; the GEMMs quantize from it on
 * every use), the gradient of the last backward pass and the optimiser's momentum buffer.
 */
public final class Parameter {

    private final float[] values;
    private final float[] gradient;
    private final float[] velocity;

    Parameter(int size) {
        values = new float[size];
        gradient = new float[size];
        velocity = new float[size];
    }

    public int size() { return values.length; }

    /** The live master values (read them; only layers and the optimiser write). */
    public float[] values() { return values; }

    float[] gradient() { return gradient; }

    float[] velocity() { return velocity; }
}
