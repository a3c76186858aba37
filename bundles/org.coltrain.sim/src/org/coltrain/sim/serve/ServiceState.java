package org.coltrain.sim.serve;

import java.util.SplittableRandom;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.serve.engine.RequestQueue;
import org.coltrain.sim.serve.metrics.ServiceMetrics;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.RequestAccounting;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.ServiceTarget;

/** The mutable run-time state of one inference service. */
final class ServiceState {

    final int index;
    final ServiceSpec spec;
    final ServiceTarget target;
    final RequestQueue queue;
    final ArrivalStream arrivals;
    final SplittableRandom serviceRng;
    final ServiceMetrics metrics;

    int inService;
    long pendingWakeNs = Long.MAX_VALUE;
    long arrived;
    long completed;
    long dropped;

    ServiceState(int index, ServiceSpec spec, RandomStreams streams, Window window, TimeSeriesRecorder series) {
        this.index = index;
        this.spec = spec;
        this.target = spec.target();
        this.queue = new RequestQueue(spec.queueCapacity());
        this.arrivals = spec.arrivals().open(streams.forSource(spec.name(), "arrivals"));
        this.serviceRng = streams.forSource(spec.name(), "service-time");
        this.metrics = new ServiceMetrics(index, window, spec.sloLatencyNs(), spec.maxBatch(), spec.queueCapacity(), series);
    }

    /** Tell the metrics the current levels; call after every change of the queue or of {@link #inService}. */
    void levelChanged(long nowNs) { metrics.level(nowNs, queue.size(), queue.size() + inService); }

    /** At the end of the run: every request still waiting, and the batch in service (null if none), is unfinished. */
    void countUnfinished(long[] inServiceArrivalNs, int inServiceCount) {
        for (int i = 0; i < queue.size(); i++) metrics.unfinished(queue.arrivalNs(i));
        if (inServiceArrivalNs != null) for (int i = 0; i < inServiceCount; i++) metrics.unfinished(inServiceArrivalNs[i]);
    }

    ServiceResult toResult() {
        return metrics.toResult(spec.name(), spec.sloPercentile(),
                new RequestAccounting(arrived, completed, queue.size(), inService, dropped));
    }
}
