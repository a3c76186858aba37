package org.coltrain.sim.serve.engine;

import java.util.Arrays;

/**
 * Pending events as a binary min-heap over parallel primitive arrays (time, order key, slot); the events themselves,
 * values built once per source, sit in a slot table and never move while the heap sifts, so a push or pop stores
 * one reference, not one per level, and nothing is allocated per event (only when the heap grows).
 * Order is (time, priority, insertion serial), so equal-time events pop in a fixed, documented order and a run is
 * reproducible bit for bit.
 *
 * <p>Simulated time is a {@code long} count of nanoseconds since the start of the run (2^63 ns is 292 years).
 * The priority and the serial are packed into one {@code long} key: priority in bits 48..62, serial in bits 0..47
 * (2.8e14 events before the serial would wrap; a simulated hour at 10k requests/s is about 1e8).
 */
public final class EventQueue {

    private static final int SERIAL_BITS = 48;

    private long[] timeNs = new long[16];
    private long[] orderKey = new long[16];
    private int[] slotOf = new int[16];
    private Event[] slots = new Event[16];
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int size;
    private long nextSerial;
    private long poppedTimeNs;

    public EventQueue() {
        for (int i = 0; i < slots.length; i++) freeSlots[freeCount++] = slots.length - 1 - i;
    }

    /** Schedules {@code event} at {@code atNs}. */
    public void push(long atNs, Event event) {
        if (size == timeNs.length) grow();
        long key = ((long) event.priority() << SERIAL_BITS) | nextSerial++;
        int slot = freeSlots[--freeCount];
        slots[slot] = event;
        // Sift up: move parents down until the new entry's slot is found, then write it once.
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(atNs, key, timeNs[parent], orderKey[parent])) break;
            move(parent, i);
            i = parent;
        }
        timeNs[i] = atNs;
        orderKey[i] = key;
        slotOf[i] = slot;
    }

    public boolean isEmpty() { return size == 0; }

    public int size() { return size; }

    /** Time of the earliest event; only valid when not empty. */
    public long peekTimeNs() { return timeNs[0]; }

    /** Removes and returns the earliest event; its time is then {@link #poppedTimeNs()}. */
    public Event pop() {
        poppedTimeNs = timeNs[0];
        int poppedSlot = slotOf[0];
        Event popped = slots[poppedSlot];
        freeSlots[freeCount++] = poppedSlot; // the stale reference is overwritten by the slot's next push
        int last = --size;
        long t = timeNs[last];
        long k = orderKey[last];
        int d = slotOf[last];
        if (last == 0) return popped;
        // Sift down the former last entry from the root.
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) break;
            int right = child + 1;
            if (right < last && less(timeNs[right], orderKey[right], timeNs[child], orderKey[child])) child = right;
            if (!less(timeNs[child], orderKey[child], t, k)) break;
            move(child, i);
            i = child;
        }
        timeNs[i] = t;
        orderKey[i] = k;
        slotOf[i] = d;
        return popped;
    }

    public long poppedTimeNs() { return poppedTimeNs; }

    private static boolean less(long t1, long k1, long t2, long k2) {
        return t1 < t2 || (t1 == t2 && k1 < k2);
    }

    private void move(int from, int to) {
        timeNs[to] = timeNs[from];
        orderKey[to] = orderKey[from];
        slotOf[to] = slotOf[from];
    }

    private void grow() {
        int n = timeNs.length * 2;
        timeNs = Arrays.copyOf(timeNs, n);
        orderKey = Arrays.copyOf(orderKey, n);
        slotOf = Arrays.copyOf(slotOf, n);
        int old = slots.length;
        slots = Arrays.copyOf(slots, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
        for (int slot = n - 1; slot >= old; slot--) freeSlots[freeCount++] = slot;
    }
}
