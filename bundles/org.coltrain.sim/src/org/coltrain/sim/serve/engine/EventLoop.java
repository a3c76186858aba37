package org.coltrain.sim.serve.engine;

import org.coltrain.sim.serve.ProgressListener;

/**
 * The run loop every simulation shares: pop the earliest event before the end, hand it to the run's handler,
 * report progress every 1% of simulated time. Events at or after the end never run.
 */
public final class EventLoop {

    /** A run's reaction to one event at {@code nowNs}. */
    public interface Handler {
        void handle(Event event, long nowNs);
    }

    private EventLoop() {}

    /** Runs until no event is due before {@code endNs}; returns the number of events handled. */
    public static long run(EventQueue events, long endNs, Handler handler, ProgressListener listener) {
        long count = 0;
        long progressStepNs = Math.max(1, endNs / 100);
        long nextProgressNs = progressStepNs;
        while (!events.isEmpty() && events.peekTimeNs() < endNs) {
            Event e = events.pop();
            long nowNs = events.poppedTimeNs();
            count++;
            handler.handle(e, nowNs);
            if (nowNs >= nextProgressNs) {
                listener.progress(nowNs, endNs);
                nextProgressNs = (nowNs / progressStepNs + 1) * progressStepNs;
            }
        }
        listener.progress(endNs, endNs);
        return count;
    }
}
