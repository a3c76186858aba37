package org.coltrain.sim.serve.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void equalTimesPopByPriorityThenInsertionOrder() {
        EventQueue q = new EventQueue();
        Event done1 = new Event.WorkDone(1, 0), arrival2 = new Event.Arrival(2), done3 = new Event.WorkDone(3, 0),
                arrival4 = new Event.Arrival(4), wake5 = new Event.Wake(0, 5);
        q.push(10, done1);
        q.push(10, arrival2);
        q.push(5, done3);
        q.push(10, arrival4);
        q.push(10, wake5);
        // Expected: time 5 first; at time 10 arrivals (priority 0) in insertion order 2, 4; then the wake-up (1);
        // then the work end (2).
        for (Event expected : List.of(done3, arrival2, arrival4, wake5, done1)) assertSame(expected, q.pop());
        assertTrue(q.isEmpty());
    }

    @Test
    void popReturnsTheEventAndTimePushed() {
        EventQueue q = new EventQueue();
        Event wake = new Event.Wake(3, 7);
        q.push(7, wake);
        assertEquals(wake, q.pop());
        assertEquals(7, q.poppedTimeNs());
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
            // the serial rides in the event so that the popped order can be read back
            Event e = switch (kinds.get(i)) {
                case 0 -> new Event.Arrival(i);
                case 1 -> new Event.Wake(0, i);
                default -> new Event.WorkDone(i, 0);
            };
            q.push(times.get(i), e);
            reference.add(new Entry(times.get(i), e.priority(), i));
        }
        reference.sort(Comparator.comparingLong(Entry::time).thenComparingInt(Entry::priority).thenComparingInt(Entry::serial));
        for (Entry e : reference) {
            Event popped = q.pop();
            assertEquals(e.time(), q.poppedTimeNs());
            int serial = switch (popped) {
                case Event.Arrival a -> a.service();
                case Event.Wake w -> w.service();
                case Event.WorkDone d -> d.node();
                case Event.ReduceDone r -> -1;
            };
            assertEquals(e.serial(), serial);
        }
        assertTrue(q.isEmpty());
    }
}
