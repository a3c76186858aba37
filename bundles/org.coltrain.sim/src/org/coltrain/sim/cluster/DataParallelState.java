package org.coltrain.sim.cluster;

import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;

/**
 * The data-parallel job's progress: which local steps the workers have computed, which all-reduces are done.
 * All-reduces run one at a time, in step order, each as soon as every worker has computed that step; the network
 * is the job's alone (inference traffic does not cross it).
 */
final class DataParallelState {

    final DataParallelJob job;
    final long allReduceNs;
    private final int globalBatch;
    private final double dedicatedSamplesPerS;
    private final int[] computed; // computed[i % length]: workers that finished local step i (pending all-reduce)
    private final Window window;
    private final TimeSeriesRecorder series;

    long completedSteps;
    boolean reducing;
    private long reduceStartNs;
    private long reduceBusyNs;
    private long stepsInWindow;
    private long firstStepNs = -1;
    private long lastStepNs;

    DataParallelState(DataParallelJob job, Node[] workers, InterconnectSpec net, Window window, TimeSeriesRecorder series) {
        this.job = job;
        this.allReduceNs = (long) Math.ceil(job.algorithm().timeNs(job.workers(), job.gradientBytes(), net));
        int batch = 0;
        double dedicated = 0;
        for (Node w : workers) {
            batch += w.design.training().batch();
            dedicated += w.design.training().batch() * 1e9 / w.design.training().stepNs();
        }
        this.globalBatch = batch;
        this.dedicatedSamplesPerS = dedicated;
        // A worker is at most stalenessBound + 1 steps past the last all-reduce, so that many slots suffice.
        this.computed = new int[job.stalenessBound() + 2];
        this.window = window;
        this.series = series;
    }

    /** Whether a worker that has computed {@code localSteps} whole steps may start the next one. */
    boolean mayStartStep(long localSteps) { return localSteps <= completedSteps + job.stalenessBound(); }

    /** A worker finished computing local step {@code step}; true when that makes the next all-reduce ready. */
    boolean localStepDone(long step) {
        computed[(int) (step % computed.length)]++;
        return readyToReduce();
    }

    boolean readyToReduce() {
        return !reducing && computed[(int) (completedSteps % computed.length)] == job.workers();
    }

    /** Starts the all-reduce of the oldest pending step; returns its end time. */
    long startReduce(long nowNs) {
        reducing = true;
        reduceStartNs = nowNs;
        return nowNs + allReduceNs;
    }

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
