package org.coltrain.sim.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InProcessEngineTest {

    private static final List<Integer> POINTS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsComeBackInPointOrderWhateverTheThreads() throws PointFailure {
        // Later points finish first (shorter sleeps), so arrival order differs from point order on 4 threads.
        PointTask<Integer, Long> task = p -> {
            Thread.sleep((200 - p) % 3);
            return (long) p * p;
        };
        List<Long> one = new InProcessEngine(1).evaluate(POINTS, task, PointEngine.Progress.NONE);
        List<Long> four = new InProcessEngine(4).evaluate(POINTS, task, PointEngine.Progress.NONE);
        assertEquals(one, four);
        assertEquals(199L * 199L, four.get(199));
    }

    @Test
    void progressCountsEveryPointOnce() throws PointFailure {
        List<Integer> heard = new ArrayList<>();
        new InProcessEngine(3).evaluate(POINTS, p -> p, (finished, total) -> heard.add(finished));
        assertEquals(IntStream.rangeClosed(1, 200).boxed().toList(), heard);
    }

    @Test
    void theLowestFailingPointIsNamed() {
        PointFailure failure = assertThrows(PointFailure.class, () -> new InProcessEngine(4).evaluate(POINTS, p -> {
            if (p % 50 == 7) throw new IllegalArgumentException("no design at " + p);
            return p;
        }, PointEngine.Progress.NONE));
        assertEquals(7, failure.index());
        assertTrue(failure.getMessage().contains("no design at 7"), failure.getMessage());
    }

    @Test
    void aProgressListenerCanCancel() {
        assertThrows(PointEngine.Cancelled.class, () -> new InProcessEngine(2).evaluate(POINTS, p -> p, (finished, total) -> {
            if (finished == 10) throw new PointEngine.Cancelled();
        }));
    }

    @Test
    void onlyTheInProcessEngineIsPresentWithoutOtherJars() {
        assertEquals(List.of(InProcessEngine.NAME), PointEngines.names());
        assertTrue(PointEngines.byName("spark", PointEngineProvider.Options.threads(2)).isEmpty());
    }
}
