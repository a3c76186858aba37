package org.coltrain.sim.exec;

import java.io.Serializable;
import java.util.List;

/**
 * Evaluates independent points: one engine per way of spreading the work (threads of this JVM, a Spark cluster),
 * all returning the same results, in point order, whatever their parallelism.
 */
public interface PointEngine {

    /** The name users select the engine by ({@code --engine NAME}). */
    String name();

    /**
     * The result of every point, in point order. {@code progress} hears the number of points finished (from one
     * thread at a time) and may stop the evaluation by throwing {@link Cancelled}; the first point that fails stops
     * it with a {@link PointFailure} naming that point's index (the lowest failing index, so the message does not
     * depend on timing).
     */
    <P extends Serializable, R extends Serializable> List<R> evaluate(List<P> points, PointTask<P, R> task, Progress progress)
            throws PointFailure;

    /** Hears how many of the points are finished. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (finished, total) -> {
        };

        void finished(int finished, int total);
    }

    /** Thrown by a {@link Progress} to stop an evaluation; the engine stops as soon as it can and rethrows it. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
