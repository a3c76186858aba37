package org.coltrain.sim.serve.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.coltrain.sim.serve.ServeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract every scheduler keeps (the built-ins and the user-written example), then each one's defining decision. */
class SchedulerContractTest {

    static final long SLO_NS = 500_000;

    /** latency(b) = 100 us + 10 us * b, b = 1..32; SLO 500 us. */
    static final ServiceTarget TARGET = new ServiceTarget("svc", ServeFixtures.linearTable("n", 100_000, 10_000, 32, 0), 32,
            SLO_NS, 1);

    /** {@code size} requests, the oldest at {@code oldestArrivalNs}, one every ns after it, each due an SLO later. */
    record FakeQueue(int size, long oldestArrivalNs, long sloNs) implements QueueView {
        FakeQueue(int size, long oldestArrivalNs) { this(size, oldestArrivalNs, SLO_NS); }

        @Override public long arrivalNs(int i) { return oldestArrivalNs + i; }

        @Override public long deadlineNs(int i) { return arrivalNs(i) + sloNs; }
    }

    /** An accelerator with the given queues of {@link #TARGET}-like services and training state. */
    record FakeAccelerator(long nowNs, FakeQueue[] queues, long trainingBusyNs) implements AcceleratorView {
        @Override public int services() { return queues.length; }

        @Override public QueueView queue(int service) { return queues[service]; }

        @Override public ServiceTarget service(int service) { return TARGET; }

        @Override public long nextTrainingSegmentNs() { return 40_000; }

        @Override public boolean trainingLoaded() { return false; }

        @Override public long switchCostNs() { return 2_000; }
    }

    static Stream<Scheduler> schedulers() {
        return Stream.of(new FifoBatchOne(), new StaticBatching(8, 200_000), new AdaptiveBatching(),
                new SlackHoldingBatching(50_000), ExamplePolicies.edf(SchedulerSettings.NONE),
                ExamplePolicies.edf(new SchedulerSettings(Map.of("max_training_share", 0.5))));
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void emptyQueueGivesNoBatch(Scheduler s) {
        assertEquals(0, s.batchSize(new FakeQueue(0, 0), TARGET, 1_000));
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void batchNeverExceedsQueueOrMaxBatch(Scheduler s) {
        for (int n = 1; n <= 80; n += 3)
            for (long now = 0; now <= 2_000_000; now += 50_000) {
                int b = s.batchSize(new FakeQueue(n, 0), TARGET, now);
                assertTrue(b >= 0 && b <= Math.min(n, TARGET.maxBatch()), s + " gave " + b + " for " + n);
            }
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void noRequestWaitsForeverAndReadinessLastsAsTimePasses(Scheduler s) {
        // The engine relies on both: a waiting policy names a wake-up at which it runs something, and a queue that
        // is ready stays ready while nothing leaves it.
        for (int n = 1; n <= 40; n++) {
            FakeQueue q = new FakeQueue(n, 0);
            long readyAt = s.batchSize(q, TARGET, 0) > 0 ? 0 : s.wakeUpNs(q, TARGET, 0);
            assertNotEquals(Long.MAX_VALUE, readyAt, s + " never serves " + n);
            for (long later = readyAt; later < readyAt + 3_000_000; later += 100_000)
                assertTrue(s.batchSize(q, TARGET, later) > 0, s + " not ready at " + later + " for " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("schedulers")
    void sameQuestionSameAnswer(Scheduler s) {
        // Policies keep no state: the engine may ask twice at one instant and must hear the same.
        FakeQueue q = new FakeQueue(5, 10_000);
        FakeAccelerator a = new FakeAccelerator(300_000, new FakeQueue[] { q }, 100_000);
        for (int round = 0; round < 3; round++) {
            assertEquals(s.batchSize(q, TARGET, 300_000), s.batchSize(q, TARGET, 300_000));
            assertEquals(s.wakeUpNs(q, TARGET, 300_000), s.wakeUpNs(q, TARGET, 300_000));
            assertEquals(s.rank(q, TARGET, 300_000), s.rank(q, TARGET, 300_000));
            assertEquals(s.mayTrain(a), s.mayTrain(a));
        }
        assertFalse(s.name().isBlank());
    }

    @Test
    void builtInsServeHigherPriorityFirstAndAlwaysTrain() {
        Scheduler s = new AdaptiveBatching();
        ServiceTarget low = new ServiceTarget("low", TARGET.latencyTable(), 32, SLO_NS, 0);
        assertTrue(s.rank(new FakeQueue(1, 0), TARGET, 0) < s.rank(new FakeQueue(1, 0), low, 0));
        assertTrue(s.mayTrain(new FakeAccelerator(1_000, new FakeQueue[0], 1_000)));
    }

    @Test
    void fifoServesOneAtATime() {
        assertEquals(1, new FifoBatchOne().batchSize(new FakeQueue(50, 0), TARGET, 0));
    }

    @Test
    void staticBatchingWaitsForAFullBatchOrItsTimeout() {
        StaticBatching s = new StaticBatching(8, 200_000);
        assertEquals(8, s.batchSize(new FakeQueue(8, 0), TARGET, 0));
        assertEquals(8, s.batchSize(new FakeQueue(30, 0), TARGET, 0));
        assertEquals(0, s.batchSize(new FakeQueue(5, 0), TARGET, 199_999));
        assertEquals(5, s.batchSize(new FakeQueue(5, 0), TARGET, 200_000));
        assertEquals(200_000 + 7, s.wakeUpNs(new FakeQueue(5, 7), TARGET, 0));
        // A batch size beyond the service's max batch is capped to it.
        assertEquals(32, new StaticBatching(64, 0).batchSize(new FakeQueue(40, 0), TARGET, 0));
    }

    @Test
    void adaptiveTakesTheLargestBatchThatMeetsTheOldestDeadline() {
        AdaptiveBatching a = new AdaptiveBatching();
        // Oldest arrived at 0, now 200 us: slack 300 us; 100 + 10 b <= 300 gives b = 20.
        assertEquals(20, a.batchSize(new FakeQueue(40, 0), TARGET, 200_000));
        // Fewer waiting than that: all of them.
        assertEquals(7, a.batchSize(new FakeQueue(7, 0), TARGET, 200_000));
        // Slack 500 us at arrival: 100 + 10 * 32 = 420 <= 500, so the max batch.
        assertEquals(32, a.batchSize(new FakeQueue(40, 0), TARGET, 0));
        // Slack 50 us: even b = 1 (110 us) is late; drain with the largest allowed batch.
        assertEquals(32, a.batchSize(new FakeQueue(40, 0), TARGET, 450_000));
    }

    @Test
    void slackHoldingWaitsWhileANextBatchAndTheGuardStillFit() {
        SlackHoldingBatching h = new SlackHoldingBatching(50_000);
        // 4 waiting, oldest at 0: holds while latency(5) + guard = 150 + 50 = 200 us <= 500 us - now,
        // i.e. up to now = 300 us; the wake-up is the first instant past that.
        FakeQueue q = new FakeQueue(4, 0);
        assertEquals(0, h.batchSize(q, TARGET, 300_000));
        assertEquals(300_001, h.wakeUpNs(q, TARGET, 0));
        assertEquals(4, h.batchSize(q, TARGET, 300_001));
        // A full batch is never held.
        assertEquals(32, h.batchSize(new FakeQueue(32, 0), TARGET, 0));
    }

    @Test
    void edfRanksByTheOldestDeadlineAndThrottlesTrainingToItsShare() {
        Scheduler edf = ExamplePolicies.edf(new SchedulerSettings(Map.of("max_training_share", 0.5)));
        // A loose service whose oldest request is due at 0 + 10 ms, a tight one due at 2 ms + 500 us: tight first,
        // whatever the priorities.
        ServiceTarget loose = new ServiceTarget("loose", TARGET.latencyTable(), 32, 10_000_000, 10);
        assertTrue(edf.rank(new FakeQueue(1, 2_000_000), TARGET, 2_100_000)
                < edf.rank(new FakeQueue(1, 0, 10_000_000), loose, 2_100_000));
        // Batch size as adaptive batching: slack 300 us gives b = 20 of 40.
        assertEquals(20, edf.batchSize(new FakeQueue(40, 0), TARGET, 200_000));
        // Trained 400 us of 1 ms: below half, may train; 600 us of 1 ms: above, may not.
        assertTrue(edf.mayTrain(new FakeAccelerator(1_000_000, new FakeQueue[0], 400_000)));
        assertFalse(edf.mayTrain(new FakeAccelerator(1_000_000, new FakeQueue[0], 600_000)));
        // Without the setting it always trains, as the built-ins do.
        assertTrue(ExamplePolicies.edf(SchedulerSettings.NONE).mayTrain(new FakeAccelerator(1_000_000, new FakeQueue[0], 999_000)));
    }

    @Test
    void aPolicyRejectsSettingsItDoesNotKnow() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SchedulerSettings(Map.of("max_trainig_share", 0.5)).allowOnly("edf", "max_training_share"));
        assertEquals("policy edf has no setting 'max_trainig_share'; known: max_training_share", e.getMessage());
    }
}
