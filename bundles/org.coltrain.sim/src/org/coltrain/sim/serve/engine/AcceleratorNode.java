package org.coltrain.sim.serve.engine;

import java.util.Arrays;
import org.coltrain.sim.serve.metrics.AcceleratorMetrics;
import org.coltrain.sim.serve.metrics.ScheduleTraceRecorder;
import org.coltrain.sim.serve.result.ScheduleTrace;
import org.coltrain.sim.serve.sched.AcceleratorView;
import org.coltrain.sim.serve.sched.QueueView;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.ServiceTarget;

/**
 * One accelerator: its request queues and its arbitration between inference and training, shared by the serving
 * run (one node) and every node of a fleet. Whenever it is free it offers itself to the services in the policy's
 * rank order (the first batch size above 0 runs, after a context switch if training's context is loaded), else to
 * the training job of highest priority (equal priorities share: the one with less busy time goes next) if the
 * policy lets it train, else it idles until an arrival or a wake-up.
 *
 * <p>Training runs by chunks: a chunk runs to the end of the local step unless a batch becomes ready (an arrival or
 * wake-up at which the policy answers a batch size above 0), and then stops at the end of the segment in progress.
 * That is the segment-by-segment schedule without an event per segment: busy time, energy and the trace are
 * accounted per segment when the chunk ends. Jobs of equal priority run one segment per chunk, so they alternate
 * as the segment-by-segment schedule has them do.
 *
 * <p>Simplifications, and how they skew results: one batch or training segment at a time (no overlap, no spatial
 * sharing of the arrays), so throughput is that of back-to-back work; a batch's time is its service-time model's
 * whatever ran before (no cache warmth or DRAM contention between jobs); batches are never preempted; training
 * yields only at segment boundaries and pays the preemption cost once per switch to inference.
 */
public final class AcceleratorNode implements AcceleratorView {

    private enum Work { IDLE, INFERENCE, TRAINING, SWITCH }

    public final int index;
    private final ServiceTarget[] targets;
    private final ServiceLedger[] ledgers;
    private final RequestQueue[] queues;
    private final int[] inService;
    private final long[] pendingWakeNs;
    private final Event.Wake[] wakes;
    private final long[] rankBuffer;
    private final int[] orderBuffer;
    private final long[] batchArrivalNs;
    private final Scheduler scheduler;
    private final long preemptionCostNs;
    private final LocalJob[] jobs;
    private final TrainingGate gate;
    private final EventQueue events;
    private final AcceleratorMetrics metrics;
    private final ScheduleTraceRecorder trace; // null when tracing is off
    private final NodeListener listener;

    private long nowNs;
    private Work running = Work.IDLE;
    private long workEndNs = -1;
    private int generation;
    private Event.WorkDone done;
    private int batchService;
    private int batchSize;
    private long batchStartNs;
    private boolean trainingLoaded;
    private LocalJob chunkJob;
    private int chunkStartSegment;
    private int chunkEndSegment;
    private long chunkStartNs;
    private boolean interrupted;
    private LocalJob candidate;
    private boolean candidateUnique;
    private long trainingBusyNs;
    private long inferenceReadySinceNs = -1;
    private long maxTrainingDelayNs;

    /**
     * @param targets and {@code ledgers} and {@code queueCapacities}: one per service, in the model's order
     * @param jobs    the training this accelerator runs in its idle time (empty for none)
     */
    public AcceleratorNode(int index, ServiceTarget[] targets, ServiceLedger[] ledgers, int[] queueCapacities,
            Scheduler scheduler, long preemptionCostNs, LocalJob[] jobs, TrainingGate gate, EventQueue events,
            AcceleratorMetrics metrics, ScheduleTraceRecorder trace, NodeListener listener) {
        this.index = index;
        this.targets = targets.clone();
        this.ledgers = ledgers.clone();
        int n = targets.length, largestBatch = 1;
        queues = new RequestQueue[n];
        wakes = new Event.Wake[n];
        for (int s = 0; s < n; s++) {
            queues[s] = new RequestQueue(queueCapacities[s], targets[s].sloLatencyNs());
            wakes[s] = new Event.Wake(index, s);
            largestBatch = Math.max(largestBatch, targets[s].maxBatch());
        }
        inService = new int[n];
        pendingWakeNs = new long[n];
        Arrays.fill(pendingWakeNs, Long.MAX_VALUE);
        rankBuffer = new long[n];
        orderBuffer = new int[n];
        batchArrivalNs = new long[largestBatch];
        this.scheduler = scheduler;
        this.preemptionCostNs = preemptionCostNs;
        this.jobs = jobs.clone();
        this.gate = gate;
        this.events = events;
        this.metrics = metrics;
        this.trace = trace;
        this.listener = listener;
        this.done = new Event.WorkDone(index, 0);
    }

    // ---- events

    /** The run starts: take work if there is some. */
    public void start(long now) {
        nowNs = now;
        decide();
    }

    /** A request of {@code service} arrives here; false when its queue is full (it is dropped). */
    public boolean arrival(int service, long now) {
        nowNs = now;
        boolean accepted = queues[service].offer(now);
        ledgers[service].arrival(now, accepted);
        if (accepted) armWake(service);
        if (running == Work.IDLE) decide();
        else if (running == Work.TRAINING) maybeInterrupt(service);
        return accepted;
    }

    public void wake(int service, long now) {
        nowNs = now;
        if (pendingWakeNs[service] == now) pendingWakeNs[service] = Long.MAX_VALUE;
        if (running == Work.IDLE) decide();
        else if (running == Work.TRAINING && queues[service].size() > 0) {
            maybeInterrupt(service);
            // This wake-up may have been for a request already served: ask for the next one now, as a decision
            // at the next segment boundary would (a chunk makes none).
            if (!interrupted) armWake(service);
        }
    }

    public void workDone(Event.WorkDone event, long now) {
        if (event.generation() != generation || running == Work.IDLE) return; // the first end of a chunk cut short
        nowNs = now;
        switch (running) {
            case INFERENCE -> finishBatch();
            case TRAINING -> finishChunk();
            case SWITCH, IDLE -> { }
        }
        decide();
    }

    /** Something outside changed what this accelerator may do (an all-reduce let a step start): reconsider if idle. */
    public void resume(long now) {
        if (running != Work.IDLE) return;
        nowNs = now;
        decide();
    }

    /**
     * The run ends at {@code endNs}: account the training segments started before it, and count every request still
     * waiting here, or in the batch being served, as unfinished.
     */
    public void finish(long endNs) {
        for (int s = 0; s < queues.length; s++)
            for (int i = 0; i < queues[s].size(); i++) ledgers[s].metrics.unfinished(queues[s].arrivalNs(i));
        if (running == Work.INFERENCE)
            for (int i = 0; i < batchSize; i++) ledgers[batchService].metrics.unfinished(batchArrivalNs[i]);
        if (running != Work.TRAINING) return;
        int k = chunkStartSegment;
        long t = chunkStartNs;
        while (k < chunkEndSegment && t < endNs) t += chunkJob.segmentNs[k++];
        accountSegments(chunkStartSegment, k);
    }

    // ---- arbitration

    private void decide() {
        // Services with waiting requests in ascending rank; a stable insertion keeps the model's order at ties.
        int n = 0;
        for (int s = 0; s < queues.length; s++) {
            if (queues[s].size() == 0) continue;
            long r = scheduler.rank(queues[s], targets[s], nowNs);
            int i = n++;
            while (i > 0 && rankBuffer[i - 1] > r) {
                rankBuffer[i] = rankBuffer[i - 1];
                orderBuffer[i] = orderBuffer[i - 1];
                i--;
            }
            rankBuffer[i] = r;
            orderBuffer[i] = s;
        }
        for (int i = 0; i < n; i++) {
            int s = orderBuffer[i];
            int b = scheduler.batchSize(queues[s], targets[s], nowNs);
            if (b > 0) {
                if (trainingLoaded && preemptionCostNs > 0) startSwitch();
                else startBatch(s, b);
                return;
            }
            armWake(s);
        }
        LocalJob job = nextJob();
        if (job != null) {
            candidate = job;
            boolean train = scheduler.mayTrain(this);
            candidate = null;
            if (train) {
                startChunk(job, candidateUnique);
                return;
            }
        }
        running = Work.IDLE;
        workEndNs = -1;
    }

    private void armWake(int s) {
        long t = scheduler.wakeUpNs(queues[s], targets[s], nowNs);
        if (t == Long.MAX_VALUE || t >= pendingWakeNs[s]) return;
        pendingWakeNs[s] = Math.max(t, nowNs);
        events.push(pendingWakeNs[s], wakes[s]);
    }

    private void startSwitch() {
        trainingLoaded = false;
        long end = nowNs + preemptionCostNs;
        metrics.contextSwitch(nowNs, end);
        if (trace != null) trace.record(nowNs, end, ScheduleTrace.Kind.SWITCH, 0, 0);
        begin(Work.SWITCH, end);
    }

    private void startBatch(int s, int b) {
        trainingLoaded = false;
        if (inferenceReadySinceNs >= 0) {
            maxTrainingDelayNs = Math.max(maxTrainingDelayNs, nowNs - inferenceReadySinceNs);
            inferenceReadySinceNs = -1;
        }
        RequestQueue q = queues[s];
        for (int i = 0; i < b; i++) batchArrivalNs[i] = q.poll();
        inService[s] = b;
        ServiceLedger ledger = ledgers[s];
        ledger.batchStarted(nowNs, b);
        var table = targets[s].latencyTable();
        long end = nowNs + ledger.serviceTime.batchNs(table, b, ledger.serviceRng);
        metrics.inference(nowNs, end, table.energyPj(b));
        if (trace != null) trace.record(nowNs, end, ScheduleTrace.Kind.INFERENCE, s, b);
        listener.inference(nowNs, end);
        batchService = s;
        batchSize = b;
        batchStartNs = nowNs;
        begin(Work.INFERENCE, end);
        if (q.size() > 0) armWake(s);
    }

    private void finishBatch() {
        int s = batchService, b = batchSize;
        ServiceLedger ledger = ledgers[s];
        for (int i = 0; i < b; i++) {
            ledger.metrics.completion(nowNs, batchArrivalNs[i], batchStartNs);
            listener.completed(s, nowNs, batchArrivalNs[i]);
        }
        inService[s] = 0;
        ledger.batchDone(nowNs, b);
        listener.left(index, s, b);
    }

    /** Highest priority among the jobs that may run; ties to the least busy, then model order. */
    private LocalJob nextJob() {
        LocalJob best = null;
        candidateUnique = true;
        for (LocalJob j : jobs) {
            if (j.nextSegment == 0 && !gate.mayStartStep(index, j.index, j.localSteps)) continue;
            if (best != null && j.priority == best.priority) candidateUnique = false;
            if (best == null || j.priority > best.priority) candidateUnique = true;
            if (best == null || j.priority > best.priority || (j.priority == best.priority && j.busyNs < best.busyNs)) best = j;
        }
        return best;
    }

    /** A whole step's remainder when the job is alone at its priority, else one segment (equals alternate). */
    private void startChunk(LocalJob job, boolean wholeStep) {
        chunkJob = job;
        chunkStartNs = nowNs;
        chunkStartSegment = job.nextSegment;
        chunkEndSegment = wholeStep ? job.segments() : job.nextSegment + 1;
        interrupted = false;
        trainingLoaded = true;
        begin(Work.TRAINING, nowNs + job.spanNs(chunkStartSegment, chunkEndSegment));
    }

    /** A batch became ready during training: stop at the end of the segment in progress. */
    private void maybeInterrupt(int s) {
        if (interrupted || scheduler.batchSize(queues[s], targets[s], nowNs) == 0) return;
        interrupted = true;
        if (inferenceReadySinceNs < 0) inferenceReadySinceNs = nowNs;
        int k = chunkJob.boundaryAtOrAfter(chunkStartSegment, chunkEndSegment, nowNs - chunkStartNs);
        chunkEndSegment = k;
        long end = chunkStartNs + chunkJob.spanNs(chunkStartSegment, k);
        if (end < workEndNs) {
            workEndNs = end;
            done = new Event.WorkDone(index, ++generation);
            events.push(end, done);
        }
    }

    private void finishChunk() {
        LocalJob job = chunkJob;
        accountSegments(chunkStartSegment, chunkEndSegment);
        listener.training(chunkStartNs, nowNs);
        if (chunkEndSegment < job.segments()) {
            job.nextSegment = chunkEndSegment;
            return;
        }
        job.nextSegment = 0;
        long step = job.localSteps++;
        if (job.metrics != null) job.metrics.stepDone(nowNs, job.batch);
        gate.stepDone(index, job.index, step, nowNs);
    }

    /** Busy time, energy and trace of the chunk's segments [from, to), in order, as if each were its own event. */
    private void accountSegments(int from, int to) {
        LocalJob job = chunkJob;
        long t = chunkStartNs;
        for (int k = from; k < to; k++) {
            long duration = job.segmentNs[k], end = t + duration;
            metrics.training(t, end, job.energyPjPerNs * duration);
            if (trace != null) trace.record(t, end, ScheduleTrace.Kind.TRAINING, job.index, 0);
            if (job.metrics != null) job.metrics.segment(t, end);
            job.busyNs += duration;
            trainingBusyNs += duration;
            t = end;
        }
    }

    private void begin(Work work, long endNs) {
        running = work;
        workEndNs = endNs;
        events.push(endNs, done);
    }

    // ---- what the balancers and the results read

    /** Requests of {@code service} waiting or in service here. */
    public int inSystem(int service) { return queues[service].size() + inService[service]; }

    /**
     * Estimated latency of a request of {@code service} that arrived now: the rest of the current work (a training
     * segment's end plus the switch), then the requests ahead in max-size batches at table latencies.
     */
    public long estimatedLatencyNs(int service, long now) {
        long waitNs = switch (running) {
            case IDLE -> trainingLoaded ? preemptionCostNs : 0;
            case INFERENCE, SWITCH -> workEndNs - now;
            case TRAINING -> (interrupted ? workEndNs
                    : chunkStartNs + chunkJob.spanNs(chunkStartSegment,
                            chunkJob.boundaryAtOrAfter(chunkStartSegment, chunkEndSegment, now - chunkStartNs))) - now + preemptionCostNs;
        };
        int ahead = queues[service].size() + 1;
        ServiceTarget t = targets[service];
        int rest = ahead % t.maxBatch();
        return waitNs + (long) (ahead / t.maxBatch()) * t.batchLatencyNs(t.maxBatch()) + (rest > 0 ? t.batchLatencyNs(rest) : 0);
    }

    public AcceleratorMetrics metrics() { return metrics; }

    /** Longest time a ready batch waited for training to yield (rest of a segment plus the switch), over the run. */
    public long maxTrainingDelayNs() { return maxTrainingDelayNs; }

    // ---- AcceleratorView, for the policy's training decision

    @Override public long nowNs() { return nowNs; }

    @Override public int services() { return queues.length; }

    @Override public QueueView queue(int service) { return queues[service]; }

    @Override public ServiceTarget service(int service) { return targets[service]; }

    @Override public long nextTrainingSegmentNs() { return candidate == null ? 0 : candidate.segmentNs[candidate.nextSegment]; }

    @Override public boolean trainingLoaded() { return trainingLoaded; }

    @Override public long switchCostNs() { return preemptionCostNs; }

    @Override public long trainingBusyNs() { return trainingBusyNs; }
}
