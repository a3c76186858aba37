package org.coltrain.sim.serve.sched;

/** What a scheduler may see of one service's waiting requests. */
public interface QueueView {

    int size();

    /** Arrival time (ns) of the oldest waiting request; only valid when {@code size() > 0}. */
    long oldestArrivalNs();
}
