package org.coltrain.sim.cluster;

import java.util.List;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.engine.Event;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.TrainingGate;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * The data-parallel job's progress, and the gate of its workers' local steps: which local steps the workers have
 * computed, which all-reduces are done. All-reduces run one at a time, in step order, each as soon as every worker
 * has computed that step; the network is the job's alone (inference traffic does not cross it).
 */
final class DataParallelState implements TrainingGate {

    private static final Event REDUCE_DONE = new Event.ReduceDone();

    final DataParallelJob job;
    final long allReduceNs;
    private final int globalBatch;
    private final double dedicatedSamplesPerS;
    private final int[] computed; // computed[i % length]: workers that finished local step i (pending all-reduce)
    private final EventQueue events;
    private final Window window;
    private final TimeSeriesRecorder series;

    private long completedSteps;
    private boolean reducing;
    private long reduceStartNs;
    private long reduceBusyNs;
    private long stepsInWindow;
    private long firstStepNs = -1;
    private long lastStepNs;

    /** {@code workerProfiles}: each worker's local step, in worker order. */
    DataParallelState(DataParallelJob job, List<TrainingProfile> workerProfiles, InterconnectSpec net, EventQueue events,
            Window window, TimeSeriesRecorder series) {
        this.job = job;
        this.allReduceNs = (long) Math.ceil(job.algorithm().timeNs(job.workers(), job.gradientBytes(), net));
        int batch = 0;
        double dedicated = 0;
        for (TrainingProfile p : workerProfiles) {
            batch += p.batch();
            dedicated += p.batch() * 1e9 / p.stepNs();
        }
        this.globalBatch = batch;
        this.dedicatedSamplesPerS = dedicated;
        // A worker is at most stalenessBound + 1 steps past the last all-reduce, so that many slots suffice.
        this.computed = new int[job.stalenessBound() + 2];
        this.events = events;
        this.window = window;
        this.series = series;
    }

    /** A worker that has computed {@code localSteps} whole steps may start the next within the staleness bound. */
    @Override
    public boolean mayStartStep(int node, int jobIndex, long localSteps) {
        return localSteps <= completedSteps + job.stalenessBound();
    }

    @Override
    public void stepDone(int node, int jobIndex, long step, long nowNs) {
        computed[(int) (step % computed.length)]++;
        if (readyToReduce()) startReduce(nowNs);
    }

    /** The all-reduce of the oldest pending step finished; the next one starts if its step is computed. */
    void reduceDone(long nowNs) {
        computed[(int) (completedSteps % computed.length)] = 0;
        completedSteps++;
        reducing = false;
        reduceBusyNs += window.overlapNs(reduceStartNs, nowNs);
        if (window.contains(nowNs)) {
            if (firstStepNs < 0) firstStepNs = nowNs;
            lastStepNs = nowNs;
            stepsInWindow++;
            series.trainingStep(nowNs, globalBatch);
        }
        if (readyToReduce()) startReduce(nowNs);
    }

    private boolean readyToReduce() {
        return !reducing && computed[(int) (completedSteps % computed.length)] == job.workers();
    }

    private void startReduce(long nowNs) {
        reducing = true;
        reduceStartNs = nowNs;
        events.push(nowNs + allReduceNs, REDUCE_DONE);
    }

    FleetTrainingResult toResult() {
        double samplesPerS = stepsInWindow * (double) globalBatch / window.lengthS();
        double meanStepUs = stepsInWindow > 1 ? (lastStepNs - firstStepNs) / 1e3 / (stepsInWindow - 1) : 0.0;
        return new FleetTrainingResult(job.name(), job.workers(), globalBatch, stepsInWindow, samplesPerS,
                dedicatedSamplesPerS, samplesPerS / dedicatedSamplesPerS, allReduceNs / 1e3, job.gradientBytes(),
                (double) reduceBusyNs / window.lengthNs(), meanStepUs, job.gradientEncoding().shortName(),
                job.algorithm().name(), job.stalenessBound());
    }
}
