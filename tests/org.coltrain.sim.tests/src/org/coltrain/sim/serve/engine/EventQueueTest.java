package org.coltrain.sim.serve.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void equalTimesPopByKindPriorityThenInsertionOrder() {
        EventQueue q = new EventQueue();
        q.push(10, EventKind.WORK_DONE, 1);
        q.push(10, EventKind.ARRIVAL, 2);
        q.push(5, EventKind.WORK_DONE, 3);
        q.push(10, EventKind.ARRIVAL, 4);
        q.push(10, EventKind.WAKE, 5);
        // Expected: time 5 first; at time 10 ARRIVAL (priority 0) in insertion order 2, 4; then WAKE; then WORK_DONE.
        int[] expectedSources = { 3, 2, 4, 5, 1 };
        for (int expected : expectedSources) {
            q.pop();
            assertEquals(expected, q.poppedSource());
        }
        assertTrue(q.isEmpty());
    }

    @Test
    void popReturnsTheKindAndSourcePushed() {
        EventQueue q = new EventQueue();
        q.push(7, EventKind.WAKE, (1 << 24) - 1);
        q.pop();
        assertEquals(7, q.poppedTimeNs());
        assertEquals(EventKind.WAKE, q.poppedKind());
        assertEquals((1 << 24) - 1, q.poppedSource());
    }

    record Entry(long time, int priority, int serial) {}

    @Property(tries = 200, seed = "20211018")
    void popsInTheOrderOfASortByTimePriorityAndSerial(
            @ForAll @Size(max = 300) List<@LongRange(max = 50) Long> times,
            @ForAll @Size(max = 300) List<@IntRange(max = 2) Integer> kinds) {
        EventQueue q = new EventQueue();
        List<Entry> reference = new ArrayList<>();
        int n = Math.min(times.size(), kinds.size());
        for (int i = 0; i < n; i++) {
            EventKind kind = EventKind.values()[kinds.get(i)];
            q.push(times.get(i), kind, i);
            reference.add(new Entry(times.get(i), kind.priority(), i));
        }
        reference.sort(Comparator.comparingLong(Entry::time).thenComparingInt(Entry::priority).thenComparingInt(Entry::serial));
        for (Entry e : reference) {
            q.pop();
            assertEquals(e.time(), q.poppedTimeNs());
            assertEquals(e.serial(), q.poppedSource());
        }
        assertTrue(q.isEmpty());
    }
}
