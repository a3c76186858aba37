package org.coltrain.sim.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.EventKind;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.serve.metrics.AcceleratorMetrics;
import org.coltrain.sim.serve.metrics.ScheduleTraceRecorder;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.ScheduleTrace;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;
import org.coltrain.sim.serve.sched.Scheduler;

/**
 * One run of the serving simulation: the event loop and the accelerator's arbitration.
 *
 * <p>Simplifications, and how they skew results: one accelerator runs one batch or training segment at a time
 * (no overlap of batches, no spatial sharing of the arrays), so throughput is that of back-to-back work; a batch's
 * time is its table time whatever ran before (no cache warmth or DRAM contention between jobs); inference batches
 * are never preempted; training yields only at segment boundaries and pays {@code preemptionCostNs} once per
 * switch to inference. Every inference service outranks every training job.
 */
final class ServingRun {

    private enum Work { IDLE, INFERENCE, TRAINING, SWITCH }

    private final ServingConfig config;
    private final Scheduler scheduler;
    private final ServiceState[] services;
    private final ServiceState[] byPriority;
    private final TrainingState[] jobs;
    private final EventQueue events = new EventQueue();
    private final Window window;
    private final TimeSeriesRecorder series;
    private final AcceleratorMetrics accelerator;
    private final ScheduleTraceRecorder trace; // null when tracing is off

    private long nowNs;
    private long eventCount;
    private Work running = Work.IDLE;
    private ServiceState batchService;
    private int batchSize;
    private long batchStartNs;
    private final long[] batchArrivalNs;
    private TrainingState segmentJob;
    private boolean trainingContextLoaded;
    private long inferenceReadySinceNs = -1;
    private long maxTrainingDelayNs;

    ServingRun(ServingConfig config) {
        this.config = config;
        this.scheduler = config.scheduler();
        this.window = new Window(config.warmupNs(), config.durationNs());
        this.series = new TimeSeriesRecorder(window, config.effectiveBucketNs(), config.services().size());
        this.accelerator = new AcceleratorMetrics(window, series);
        this.trace = config.traceIntervals() > 0 ? new ScheduleTraceRecorder(window, config.traceIntervals()) : null;
        RandomStreams streams = new RandomStreams(config.seed());
        int n = config.services().size();
        services = new ServiceState[n];
        int largestBatch = 1;
        for (int i = 0; i < n; i++) {
            services[i] = new ServiceState(i, config.services().get(i), streams, window, series);
            largestBatch = Math.max(largestBatch, services[i].spec.maxBatch());
        }
        batchArrivalNs = new long[largestBatch];
        byPriority = services.clone();
        // Stable sort: equal priorities keep the config order, so arbitration is deterministic.
        Arrays.sort(byPriority, Comparator.comparingInt((ServiceState s) -> -s.spec.priority()));
        jobs = new TrainingState[config.trainingJobs().size()];
        for (int j = 0; j < jobs.length; j++) jobs[j] = new TrainingState(config.trainingJobs().get(j), window, series);
    }

    SimulationResult run(ProgressListener listener) {
        long endNs = config.durationNs();
        for (ServiceState s : services) scheduleNextArrival(s);
        decide();
        long progressStepNs = Math.max(1, endNs / 100);
        long nextProgressNs = progressStepNs;
        while (!events.isEmpty() && events.peekTimeNs() < endNs) {
            events.pop();
            nowNs = events.poppedTimeNs();
            eventCount++;
            switch (events.poppedKind()) {
                case ARRIVAL -> onArrival(services[events.poppedSource()]);
                case WAKE -> onWake(services[events.poppedSource()]);
                case WORK_DONE -> onWorkDone();
            }
            if (nowNs >= nextProgressNs) {
                listener.progress(nowNs, endNs);
                nextProgressNs = (nowNs / progressStepNs + 1) * progressStepNs;
            }
        }
        nowNs = endNs;
        for (ServiceState s : services) {
            s.levelChanged(endNs);
            s.countUnfinished(s == batchService && running == Work.INFERENCE ? batchArrivalNs : null, batchSize);
        }
        listener.progress(endNs, endNs);
        return result();
    }

    private void scheduleNextArrival(ServiceState s) {
        long t = s.arrivals.nextNs();
        if (t != ArrivalStream.NO_MORE && t < config.durationNs()) events.push(Math.max(t, nowNs), EventKind.ARRIVAL, s.index);
    }

    private void onArrival(ServiceState s) {
        boolean accepted = s.queue.offer(nowNs);
        s.arrived++;
        if (!accepted) s.dropped++;
        s.metrics.arrival(nowNs, accepted);
        s.levelChanged(nowNs);
        scheduleNextArrival(s);
        if (accepted) armWake(s);
        if (running == Work.IDLE) decide();
        else noteReadyDuringTraining(s);
    }

    private void onWake(ServiceState s) {
        if (s.pendingWakeNs == nowNs) s.pendingWakeNs = Long.MAX_VALUE;
        if (running == Work.IDLE) decide();
        else if (s.queue.size() > 0) noteReadyDuringTraining(s);
    }

    /** Start the clock of how long training holds back an inference batch that is ready now. */
    private void noteReadyDuringTraining(ServiceState s) {
        if (running == Work.TRAINING && inferenceReadySinceNs < 0 && scheduler.batchSize(s.queue, s.target, nowNs) > 0)
            inferenceReadySinceNs = nowNs;
    }

    private void armWake(ServiceState s) {
        long t = scheduler.wakeUpNs(s.queue, s.target, nowNs);
        if (t == Long.MAX_VALUE || t >= s.pendingWakeNs) return;
        s.pendingWakeNs = Math.max(t, nowNs);
        events.push(s.pendingWakeNs, EventKind.WAKE, s.index);
    }

    private void onWorkDone() {
        switch (running) {
            case INFERENCE -> finishBatch();
            case TRAINING -> finishSegment();
            case SWITCH, IDLE -> { }
        }
        decide();
    }

    /** The accelerator is free: inference by service priority, else training, else idle. */
    private void decide() {
        for (ServiceState s : byPriority) {
            if (s.queue.size() == 0) continue;
            int b = scheduler.batchSize(s.queue, s.target, nowNs);
            if (b > 0) {
                if (trainingContextLoaded && config.preemptionCostNs() > 0) startSwitch();
                else startBatch(s, b);
                return;
            }
            armWake(s);
        }
        TrainingState job = nextJob();
        if (job != null) startSegment(job);
        else running = Work.IDLE;
    }

    private void startSwitch() {
        trainingContextLoaded = false;
        long end = nowNs + config.preemptionCostNs();
        accelerator.contextSwitch(nowNs, end);
        if (trace != null) trace.record(nowNs, end, ScheduleTrace.Kind.SWITCH, 0, 0);
        running = Work.SWITCH;
        events.push(end, EventKind.WORK_DONE, 0);
    }

    private void startBatch(ServiceState s, int b) {
        trainingContextLoaded = false;
        if (inferenceReadySinceNs >= 0) {
            maxTrainingDelayNs = Math.max(maxTrainingDelayNs, nowNs - inferenceReadySinceNs);
            inferenceReadySinceNs = -1;
        }
        for (int i = 0; i < b; i++) batchArrivalNs[i] = s.queue.poll();
        s.inService = b;
        s.levelChanged(nowNs);
        long end = nowNs + s.spec.serviceTime().batchNs(s.spec.latencyTable(), b, s.serviceRng);
        accelerator.inference(nowNs, end, s.spec.latencyTable().energyPj(b));
        if (trace != null) trace.record(nowNs, end, ScheduleTrace.Kind.INFERENCE, s.index, b);
        s.metrics.batchStarted(nowNs, b);
        running = Work.INFERENCE;
        batchService = s;
        batchSize = b;
        batchStartNs = nowNs;
        events.push(end, EventKind.WORK_DONE, s.index);
        if (s.queue.size() > 0) armWake(s);
    }

    private void finishBatch() {
        ServiceState s = batchService;
        for (int i = 0; i < batchSize; i++) s.metrics.completion(nowNs, batchArrivalNs[i], batchStartNs);
        s.completed += batchSize;
        s.inService = 0;
        s.levelChanged(nowNs);
    }

    /** Highest priority first; among equals the job with the least busy time, then config order. */
    private TrainingState nextJob() {
        TrainingState best = null;
        for (TrainingState j : jobs) {
            if (best == null || j.spec.priority() > best.spec.priority()
                    || (j.spec.priority() == best.spec.priority() && j.busyNs < best.busyNs)) best = j;
        }
        return best;
    }

    private void startSegment(TrainingState job) {
        long duration = job.segmentNs[job.nextSegment];
        long end = nowNs + duration;
        accelerator.training(nowNs, end, job.energyPjPerNs * duration);
        if (trace != null) trace.record(nowNs, end, ScheduleTrace.Kind.TRAINING, indexOf(job), 0);
        job.metrics.segment(nowNs, end);
        job.busyNs += duration;
        trainingContextLoaded = true;
        running = Work.TRAINING;
        segmentJob = job;
        events.push(end, EventKind.WORK_DONE, 0);
    }

    private int indexOf(TrainingState job) {
        for (int j = 0; j < jobs.length; j++) if (jobs[j] == job) return j;
        throw new IllegalStateException("unknown job");
    }

    private void finishSegment() {
        TrainingState job = segmentJob;
        if (++job.nextSegment == job.segmentNs.length) {
            job.nextSegment = 0;
            job.metrics.stepDone(nowNs, job.spec.profile().batch());
        }
    }

    private SimulationResult result() {
        List<ServiceResult> serviceResults = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ServiceState s : services) {
            serviceResults.add(s.toResult());
            names.add(s.spec.name());
        }
        List<TrainingResult> trainingResults = new ArrayList<>();
        List<String> jobNames = new ArrayList<>();
        for (TrainingState j : jobs) {
            trainingResults.add(j.toResult());
            jobNames.add(j.spec.name());
        }
        double energyJ = accelerator.energyJ(config.idlePowerW());
        return new SimulationResult(config.experiment(), config.seed(), scheduler.name(), config.durationNs() / 1e9,
                window.lengthS(), serviceResults, trainingResults, accelerator.utilization(),
                accelerator.inferenceUtilization(), accelerator.trainingUtilization(), accelerator.switchUtilization(),
                energyJ, energyJ / window.lengthS(), maxTrainingDelayNs, eventCount, series.toSeries(names),
                trace == null ? ScheduleTrace.EMPTY : trace.toTrace(names, jobNames));
    }
}
