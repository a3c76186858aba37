package org.coltrain.sim.llm;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.Event;
import org.coltrain.sim.serve.engine.EventLoop;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * One LLM serving run on the serving simulator's event queue and loop (typed events, order (time, priority,
 * insertion serial), seeded streams per source): arrivals join the waiting queue; whenever the accelerator is free
 * the policy plans an iteration, timed by the {@link StepTimer}; with nothing to serve, the fine-tuning job runs
 * its next layer piece, so ready serving work waits at most one piece (Equinox's priority co-location). The
 * {@link CoLocation} may also pack training pieces beside an iteration ({@link OverlappedCoLocation}); the iteration
 * then takes the combined time, and the packed pieces count as training done at its end. An iteration that follows
 * a training piece run alone starts after the switch cost (the training context saved, serving's restored); packed
 * pieces need no switch, and the switch back to training is free, as in the serving simulator's accelerator node.
 *
 * <p>Simplifications, and their skew: temporal co-location runs one iteration or training piece at a time (no overlap
 * of serving and training on the arrays), overlapped co-location assumes perfect overlap (an optimistic bound);
 * iterations never overlap one another; the switch time counts as serving busy time; sampling, detokenisation and
 * scheduling overheads are free (times are the accelerator's alone, optimistic against a real server); the run stops
 * at the end and counts what is left as unfinished.
 */
final class LlmServingRun implements EventLoop.Handler {

    private static final Event.Arrival ARRIVAL = new Event.Arrival(0);
    private static final Event.WorkDone DONE = new Event.WorkDone(0, 0);
    /** An idle accelerator decides after every arrival of the same instant has joined the queue (Wake runs after Arrival). */
    private static final Event.Wake DECIDE = new Event.Wake(0, 0);

    private enum Busy { IDLE, SERVING, TRAINING }

    private final LlmServingConfig config;
    private final StepTimer timer;
    private final EngineState state;
    private final EventQueue events = new EventQueue();
    private final ArrivalStream arrivals;
    private final SplittableRandom lengthRng;
    private final LlmMetrics metrics;
    private final OccupancyRecorder occupancy;
    private final TrainingProfile training; // null without a job
    private final StepCost[] pieces; // the job's pieces, as the co-location packs them; null without a job
    private final Plan plan = new Plan();

    private Busy busy = Busy.IDLE;
    private long busyStartNs;
    private int nextId;
    private int segment;
    private boolean decidePending;
    private long readySinceNs = -1;
    private long maxTrainingDelayNs;
    private long trainingBusyNs;
    private long packedTrainingNs;
    private int packedPieces;
    private boolean trainingLoaded;
    private long servingBusyNs;
    private long trainingSteps;
    private long iterations;
    private double energyPj;

    LlmServingRun(LlmServingConfig config) {
        this.config = config;
        this.timer = new StepTimer(config.accelerator(), config.model());
        this.training = config.training() == null ? null : config.training().profile(config.accelerator());
        this.pieces = config.training() == null ? null : config.training().pieces(config.accelerator());
        if (pieces != null && pieces.length != training.segmentNs().length)
            throw new IllegalStateException("one training segment per piece expected");
        long reserved = config.training() == null ? 0 : config.training().footprintBytes(config.accelerator());
        MemoryBudget budget = MemoryBudget.of(config.accelerator(), config.model(), reserved);
        this.state = new EngineState(PagedKvCache.inDram(budget, config.blockTokens()), config.maxBatch());
        RandomStreams streams = new RandomStreams(config.seed());
        this.arrivals = config.arrivals().open(streams.forSource(config.model().name(), "arrivals"));
        this.lengthRng = streams.forSource(config.model().name(), "lengths");
        this.metrics = new LlmMetrics(config);
        this.occupancy = new OccupancyRecorder(config.durationNs(), config.seriesBuckets());
    }

    LlmResult run(ProgressListener listener) {
        scheduleNextArrival(0);
        decidePending = true;
        events.push(0, DECIDE);
        EventLoop.run(events, config.durationNs(), this, listener);
        long end = config.durationNs();
        occupancy.level(end, state.cache().occupancy());
        if (busy == Busy.TRAINING) trainingBusyNs += end - busyStartNs;
        if (busy == Busy.SERVING) servingBusyNs += end - busyStartNs;
        for (Sequence s : state.runningSnapshot()) metrics.unfinished(s, end);
        for (Sequence s : state.waitingSnapshot()) metrics.unfinished(s, end);
        double samplesPerS = training == null ? 0 : trainingSteps * training.batch() / (end / 1e9);
        return metrics.result(state, iterations, occupancy, (double) servingBusyNs / end,
                training == null ? "" : training.job(), (double) (trainingBusyNs + packedTrainingNs) / end, trainingSteps,
                samplesPerS, maxTrainingDelayNs, energyPj / 1e12, (double) packedTrainingNs / end);
    }

    @Override public void handle(Event event, long nowNs) {
        switch (event) {
            case Event.Arrival a -> {
                arrive(nowNs);
                scheduleNextArrival(nowNs);
                if (busy == Busy.IDLE && !decidePending) {
                    decidePending = true;
                    events.push(nowNs, DECIDE);
                } else if (busy == Busy.TRAINING && readySinceNs < 0) readySinceNs = nowNs;
            }
            case Event.WorkDone d -> {
                if (busy == Busy.SERVING) completeIteration(nowNs);
                else if (busy == Busy.TRAINING) completeSegment(nowNs);
                decide(nowNs);
            }
            case Event.Wake w -> {
                decidePending = false;
                if (busy == Busy.IDLE) decide(nowNs);
            }
            case Event.ReduceDone r -> throw new IllegalStateException("an LLM serving run has no all-reduce");
        }
    }

    private void arrive(long nowNs) {
        int[] lengths = config.lengths().draw(lengthRng);
        Sequence s = new Sequence(nextId++, nowNs, lengths[0], lengths[1]);
        metrics.arrived();
        // A request whose whole context cannot fit in the cache alone would never finish: refuse it now.
        if (state.cache().blocksFor((long) s.prompt + s.output) > state.cache().totalBlocks()) metrics.rejected(s);
        else state.arrive(s);
    }

    private void scheduleNextArrival(long nowNs) {
        long t = arrivals.nextNs();
        if (t != ArrivalStream.NO_MORE && t < config.durationNs()) events.push(Math.max(t, nowNs), ARRIVAL);
    }

    private void decide(long nowNs) {
        plan.clear();
        config.policy().plan(state, plan);
        occupancy.level(nowNs, state.cache().occupancy());
        if (!plan.isEmpty()) {
            if (readySinceNs >= 0) maxTrainingDelayNs = Math.max(maxTrainingDelayNs, nowNs - readySinceNs);
            readySinceNs = -1;
            StepCost cost = timer.cost(plan.chunks);
            energyPj += cost.energyPj();
            long cycles = cost.cycles();
            packedPieces = 0;
            if (training != null) {
                CoLocation.Packing packing = config.coLocation().pack(config.accelerator(), cost, pieces, segment);
                packedPieces = packing.pieces();
                cycles = packing.cycles();
            }
            long startNs = trainingLoaded ? nowNs + config.switchCostNs() : nowNs;
            trainingLoaded = false;
            begin(Busy.SERVING, nowNs, startNs + timer.toNs(cycles));
            iterations++;
        } else if (training != null) {
            trainingLoaded = true;
            begin(Busy.TRAINING, nowNs, nowNs + training.segmentNs()[segment]);
        } else {
            busy = Busy.IDLE;
        }
    }

    private void begin(Busy what, long nowNs, long endNs) {
        busy = what;
        busyStartNs = nowNs;
        events.push(endNs, DONE);
    }

    private void completeIteration(long nowNs) {
        servingBusyNs += nowNs - busyStartNs;
        List<Sequence> members = plan.members;
        for (int i = 0; i < members.size(); i++) {
            Sequence s = members.get(i);
            SequenceChunk c = plan.chunks.get(i);
            s.cached += c.newTokens();
            if (!c.emitsToken()) continue;
            s.generated++;
            metrics.token(s, nowNs);
            if (s.generated == s.output) {
                state.finish(s);
                metrics.completed(s, nowNs);
            }
        }
        occupancy.level(nowNs, state.cache().occupancy());
        // the pieces packed beside it are done: what they would have taken alone counts as training time
        for (int i = 0; i < packedPieces; i++) {
            packedTrainingNs += training.segmentNs()[segment];
            advanceTraining();
        }
        packedPieces = 0;
    }

    private void completeSegment(long nowNs) {
        trainingBusyNs += nowNs - busyStartNs;
        advanceTraining();
    }

    /** The current piece is done: its energy, and on to the next (a step ends after its last piece). */
    private void advanceTraining() {
        energyPj += training.energyPjPerStep() * training.segmentNs()[segment] / training.stepNs();
        if (++segment == training.segmentNs().length) {
            segment = 0;
            trainingSteps++;
        }
    }
}
