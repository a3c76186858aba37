package org.coltrain.sim.serve.sched;

/** What a scheduler may see of one service's waiting requests, oldest first (index 0). */
public interface QueueView {

    int size();

    /** Arrival time (ns) of the i-th oldest waiting request, 0 <= i < size(). */
    long arrivalNs(int i);

    /** Deadline (ns) of the i-th oldest waiting request: its arrival plus the service's SLO latency. */
    long deadlineNs(int i);

    /** Arrival time (ns) of the oldest waiting request; only valid when {@code size() > 0}. */
    default long oldestArrivalNs() { return arrivalNs(0); }

    /** Deadline (ns) of the oldest waiting request; only valid when {@code size() > 0}. */
    default long oldestDeadlineNs() { return deadlineNs(0); }
}
