package org.coltrain.bridge.run;

import org.coltrain.sim.serve.ProgressListener;

/**
 * What a run tells the one who started it, and how that one stops it: the CLI draws a progress bar, the IDE feeds a
 * progress monitor whose Cancel button {@link #cancelled()} reads.
 */
public interface RunMonitor {

    RunMonitor NONE = new RunMonitor() {
        @Override
        public void progress(String task, double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} of the whole run (0 to 1) is done; {@code task} says what runs now. */
    void progress(String task, double fraction);

    boolean cancelled();

    /** Thrown from inside a run when the monitor says it was cancelled; nothing is written. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled");
        }
    }

    /** Stops the run here if it was cancelled. */
    default void checkCancelled() {
        if (cancelled()) throw new Cancelled();
    }

    /**
     * A simulator's progress (simulated time of its duration) as the share [from, from + width) of this run;
     * cancelling throws {@link Cancelled} out of the simulator at its next progress report.
     */
    default ProgressListener listener(String task, double from, double width) {
        return (simulatedNs, durationNs) -> {
            checkCancelled();
            progress(task, from + width * Math.min(1.0, (double) simulatedNs / Math.max(1, durationNs)));
        };
    }
}
