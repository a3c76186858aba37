package org.coltrain.sim.serve.metrics;

import org.coltrain.sim.serve.result.TrainingResult;

/** One training job inside the window: completed steps and busy time. */
public final class TrainingMetrics {

    private final Window window;
    private final TimeSeriesRecorder series;
    private long steps;
    private long busyNs;

    public TrainingMetrics(Window window, TimeSeriesRecorder series) {
        this.window = window;
        this.series = series;
    }

    public void segment(long fromNs, long toNs) { busyNs += window.overlapNs(fromNs, toNs); }

    /** A step finished at {@code nowNs}; it counts if it finishes inside the window. */
    public void stepDone(long nowNs, int samples) {
        if (!window.contains(nowNs)) return;
        steps++;
        series.trainingStep(nowNs, samples);
    }

    public TrainingResult toResult(String name, int batch, double dedicatedSamplesPerS) {
        double samplesPerS = steps * batch / window.lengthS();
        return new TrainingResult(name, steps, samplesPerS, dedicatedSamplesPerS, samplesPerS / dedicatedSamplesPerS,
                (double) busyNs / window.lengthNs());
    }
}
