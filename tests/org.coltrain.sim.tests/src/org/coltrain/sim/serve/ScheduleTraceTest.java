package org.coltrain.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coltrain.sim.serve.result.LatencyBucket;
import org.coltrain.sim.serve.result.ScheduleTrace;
import org.coltrain.sim.serve.result.ScheduleTrace.Interval;
import org.coltrain.sim.serve.result.SimulationResult;
import org.junit.jupiter.api.Test;

class ScheduleTraceTest {

    @Test
    void traceIsEmptyUnlessAskedFor() {
        SimulationResult r = ServingSimulation.run(DeterminismTest.config(3).build());
        assertEquals(ScheduleTrace.EMPTY, r.trace());
    }

    @Test
    void traceRecordsTheFirstIntervalsOfTheWindowInOrderWithoutOverlap() {
        ServingConfig config = DeterminismTest.config(3).traceIntervals(200).build();
        List<Interval> trace = ServingSimulation.run(config).trace().intervals();
        assertEquals(200, trace.size());
        assertTrue(trace.get(0).startNs() >= config.warmupNs(), "starts inside the window");
        for (int i = 1; i < trace.size(); i++) {
            // One accelerator does one thing at a time: each interval starts when or after the previous one ends.
            assertTrue(trace.get(i).startNs() >= trace.get(i - 1).endNs(), "interval " + i + " overlaps its predecessor");
        }
        for (Interval v : trace) {
            assertTrue(v.endNs() > v.startNs());
            switch (v.kind()) {
                case INFERENCE -> assertTrue(v.batch() >= 1 && (v.name().equals("poisson") || v.name().equals("bursty")));
                case TRAINING -> assertEquals("train", v.name());
                case SWITCH -> assertEquals("", v.name());
            }
        }
        assertTrue(trace.stream().anyMatch(v -> v.kind() == ScheduleTrace.Kind.TRAINING), "training fills idle time");
        assertTrue(trace.stream().anyMatch(v -> v.kind() == ScheduleTrace.Kind.SWITCH), "preemption cost 3 us is traced");
    }

    @Test
    void traceIsBoundedAndSaysSoWhileLeavingTheResultsUnchanged() {
        SimulationResult off = ServingSimulation.run(DeterminismTest.config(5).build());
        SimulationResult on = ServingSimulation.run(DeterminismTest.config(5).traceIntervals(10).build());
        assertEquals(10, on.trace().intervals().size());
        assertFalse(on.trace().complete());
        assertEquals(off.services(), on.services());
        assertEquals(off.training(), on.training());
        assertEquals(off.timeSeries(), on.timeSeries());
    }

    @Test
    void latencyHistogramCountsEveryRequestAndEndsAtTheMaximum() {
        SimulationResult r = ServingSimulation.run(DeterminismTest.config(3).build());
        for (var s : r.services()) {
            List<LatencyBucket> h = s.latencyHistogram();
            assertEquals(s.completed(), h.stream().mapToLong(LatencyBucket::count).sum());
            for (int i = 1; i < h.size(); i++) assertTrue(h.get(i).upperUs() > h.get(i - 1).upperUs());
            // Both come from the same 3-digit HdrHistogram: the last bound is the max's bucket, within 0.1%.
            assertEquals(s.maxUs(), h.get(h.size() - 1).upperUs(), s.maxUs() * 1e-3);
        }
    }
}
