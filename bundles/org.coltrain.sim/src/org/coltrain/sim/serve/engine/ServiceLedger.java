package org.coltrain.sim.serve.engine;

import java.util.SplittableRandom;
import org.coltrain.sim.serve.ServiceTimeModel;
import org.coltrain.sim.serve.metrics.ServiceMetrics;
import org.coltrain.sim.serve.result.RequestAccounting;

/**
 * Where every request of one service goes, over all the accelerators that serve it (one in a serving run, the
 * fleet in a cluster run): counts for the {@link RequestAccounting}, the levels and latencies of its
 * {@link ServiceMetrics}, and the seeded stream of its batch service times (drawn in event order, so the same
 * seed gives the same times on any number of accelerators).
 */
public final class ServiceLedger {

    final ServiceMetrics metrics;
    final ServiceTimeModel serviceTime;
    final SplittableRandom serviceRng;

    private long arrived;
    private long completed;
    private long dropped;
    private int queued;
    private int inService;

    public ServiceLedger(ServiceMetrics metrics, ServiceTimeModel serviceTime, SplittableRandom serviceRng) {
        this.metrics = metrics;
        this.serviceTime = serviceTime;
        this.serviceRng = serviceRng;
    }

    void arrival(long nowNs, boolean accepted) {
        arrived++;
        if (accepted) queued++;
        else dropped++;
        metrics.arrival(nowNs, accepted);
        level(nowNs);
    }

    void batchStarted(long nowNs, int batch) {
        queued -= batch;
        inService += batch;
        level(nowNs);
        metrics.batchStarted(nowNs, batch);
    }

    void batchDone(long nowNs, int batch) {
        completed += batch;
        inService -= batch;
        level(nowNs);
    }

    /** Integrates the levels up to {@code nowNs}; the run calls it once more at the end. */
    public void level(long nowNs) { metrics.level(nowNs, queued, queued + inService); }

    public ServiceMetrics metrics() { return metrics; }

    /** Over the whole run, warm-up included. */
    public RequestAccounting accounting() { return new RequestAccounting(arrived, completed, queued, inService, dropped); }
}
