package org.coltrain.sim.serve.engine;

/**
 * What can happen in a run, as immutable values handled by a {@code switch}. An event holds only who it concerns;
 * its time lives in the {@link EventQueue}, so the engine builds each event once per source (one arrival per
 * service, one wake-up per accelerator and service) and schedules the same value again: the hot loop allocates
 * nothing. At equal times events run by {@link #priority()} (lower first), then in insertion order.
 */
public sealed interface Event {

    /** Tie-break at equal times: lower runs first. */
    int priority();

    /** A request of {@code service} arrives (first at a tie, so a batch that ends at the same instant sees it). */
    record Arrival(int service) implements Event {
        @Override public int priority() { return 0; }
    }

    /** Ask the policy again about {@code service} on accelerator {@code node} (a batching timeout expired). */
    record Wake(int node, int service) implements Event {
        @Override public int priority() { return 1; }
    }

    /**
     * Accelerator {@code node} finished its current work (a batch, a training chunk, a context switch). A chunk
     * stopped early leaves its first end behind; {@code generation} tells the current end from that stale one.
     */
    record WorkDone(int node, int generation) implements Event {
        @Override public int priority() { return 2; }
    }

    /** The data-parallel job's all-reduce of gradients finished. */
    record ReduceDone() implements Event {
        @Override public int priority() { return 2; }
    }
}
