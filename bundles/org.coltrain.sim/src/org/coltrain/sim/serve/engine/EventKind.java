package org.coltrain.sim.serve.engine;

/**
 * The kinds of event the serving simulation handles, each with its tie-break priority (lower runs first at equal
 * time). Events are stored as primitive (kind, source) pairs in {@link EventQueue} so the hot loop allocates
 * nothing; the simulation handles them with a {@code switch} over this enum.
 */
public enum EventKind {
    /** A request of service {@code source} arrives. First at a tie, so a batch that ends at the same instant sees it. */
    ARRIVAL(0),
    /** Re-evaluate service {@code source}'s policy (a batching timeout expired). */
    WAKE(1),
    /** The accelerator finished its current work item (an inference batch, a training segment, a context switch). */
    WORK_DONE(2);

    private static final EventKind[] VALUES = values();

    private final int priority;

    EventKind(int priority) { this.priority = priority; }

    public int priority() { return priority; }

    /** Decodes an ordinal without the array copy that {@code values()} makes on every call. */
    static EventKind ofOrdinal(int ordinal) { return VALUES[ordinal]; }
}
