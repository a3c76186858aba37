package org.coltrain.bridge.run;

import org.coltrain.model.Element;

/**
 * One kind of runnable element (experiment, sweep, mapping, SuperNet serving, cluster): turns the EMF element into
 * the simulator's input, runs it with progress and cancellation, and gives one result in the results metamodel with
 * its files ({@link RunOutput}). The CLI's {@code coltrain run} and the IDE's launch both go through these, so they
 * run the same code. The kinds are listed in {@link RunKinds}.
 */
public interface RunKind {

    /** The word a user calls the kind by, as in the model (experiment, sweep, mapping, serving, cluster). */
    String keyword();

    /** The elements of this kind's model class. */
    Class<? extends Element> elementType();

    /** Whether this kind runs {@code element}; a sweep runs only experiments with {@code sweep} entries. */
    default boolean runs(Element element) {
        return elementType().isInstance(element);
    }

    /** The folder under {@code out/} a run writes to when the user names none. */
    default String defaultFolder(Element element) {
        return element.getName();
    }

    /**
     * Turns the element into the simulator's input. What the user must fix (a trace file, a value the simulator
     * refuses, an option) is a {@link RunException}, reported before anything runs.
     *
     * @param modelLabel how results name the model file
     */
    Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException;

    /** An element ready to run. */
    @FunctionalInterface
    interface Prepared {
        /** Runs; throws {@link RunMonitor.Cancelled} when the monitor cancels it. */
        RunOutput run(RunMonitor monitor) throws RunException;
    }
}
