package org.coltrain.sim.exec;

/** A point whose evaluation threw: its index in the point list and what it threw. */
public final class PointFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final int index;

    public PointFailure(int index, Throwable cause) {
        super("point " + (index + 1) + ": " + cause.getMessage(), cause);
        this.index = index;
    }

    /** The failing point's index in the list given to the engine (0-based). */
    public int index() {
        return index;
    }
}
