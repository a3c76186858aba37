package org.coltrain.sim.serve;

import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.TrainingMetrics;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.TrainingResult;

/** The mutable run-time state of one training job: where it is within its current step. */
final class TrainingState {

    final TrainingJobSpec spec;
    final long[] segmentNs;
    final double energyPjPerNs;
    final TrainingMetrics metrics;

    int nextSegment;
    long busyNs;

    TrainingState(TrainingJobSpec spec, Window window, TimeSeriesRecorder series) {
        this.spec = spec;
        this.segmentNs = spec.profile().segmentNs();
        // A segment's energy is the step's energy pro rata to its time (the profile gives only the step total).
        this.energyPjPerNs = spec.profile().energyPjPerStep() / spec.profile().stepNs();
        this.metrics = new TrainingMetrics(window, series);
    }

    TrainingResult toResult() {
        return metrics.toResult(spec.name(), spec.profile().batch(), spec.dedicatedSamplesPerS());
    }
}
