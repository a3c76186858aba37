package org.coltrain.sim.serve.engine;

import org.coltrain.sim.serve.sched.QueueView;

/**
 * The waiting requests of one service, first come first served, as a ring buffer of arrival times (ns). Grows by
 * doubling up to {@code capacity}; an arrival to a full queue is refused (the caller counts it as dropped). A
 * request's deadline is its arrival plus the service's SLO latency.
 */
public final class RequestQueue implements QueueView {

    private final int capacity;
    private final long sloLatencyNs;
    private long[] arrivalNs = new long[64];
    private int head;
    private int size;

    public RequestQueue(int capacity, long sloLatencyNs) {
        if (capacity < 1) throw new IllegalArgumentException("queue capacity must be at least 1, was " + capacity);
        this.capacity = capacity;
        this.sloLatencyNs = sloLatencyNs;
    }

    /** Appends a request that arrived at {@code atNs}; false when the queue is full. */
    public boolean offer(long atNs) {
        if (size == capacity) return false;
        if (size == arrivalNs.length) grow();
        arrivalNs[(head + size) & (arrivalNs.length - 1)] = atNs;
        size++;
        return true;
    }

    /** Removes and returns the oldest request's arrival time; only valid when not empty. */
    public long poll() {
        long t = arrivalNs[head];
        head = (head + 1) & (arrivalNs.length - 1);
        size--;
        return t;
    }

    @Override public int size() { return size; }

    @Override public long oldestArrivalNs() { return arrivalNs[head]; }

    @Override public long arrivalNs(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("request " + i + " of " + size + " waiting");
        return arrivalNs[(head + i) & (arrivalNs.length - 1)];
    }

    @Override public long deadlineNs(int i) { return arrivalNs(i) + sloLatencyNs; }

    public int capacity() { return capacity; }

    private void grow() {
        long[] bigger = new long[arrivalNs.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = arrivalNs[(head + i) & (arrivalNs.length - 1)];
        arrivalNs = bigger;
        head = 0;
    }
}
