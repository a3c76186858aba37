package org.coltrain.sim.serve;

import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.serve.sched.ServiceTarget;
import org.coltrain.sim.spec.LatencyTable;

/**
 * One inference service: its network's latency table on the accelerator, its traffic, and its latency SLO
 * ("{@code sloPercentile} % of requests within {@code sloLatencyNs}"). Among services, higher {@code priority}
 * is served first; every inference service outranks every training job. Requests that find
 * {@code queueCapacity} already waiting are dropped (and count as SLO violations).
 */
public record ServiceSpec(String name, LatencyTable latencyTable, ArrivalProcess arrivals, double sloPercentile,
        long sloLatencyNs, int maxBatch, int priority, int queueCapacity, ServiceTimeModel serviceTime) implements java.io.Serializable {

    /** Waiting requests kept per service before arrivals are dropped: 8 MiB of arrival times. */
    public static final int DEFAULT_QUEUE_CAPACITY = 1 << 20;

    public ServiceSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("service name must not be blank");
        if (!(sloPercentile > 0 && sloPercentile < 100))
            throw new IllegalArgumentException("service " + name + ": SLO percentile must be in (0, 100), was " + sloPercentile);
        if (queueCapacity < 1) throw new IllegalArgumentException("service " + name + ": queue capacity must be at least 1");
        new ServiceTarget(name, latencyTable, maxBatch, sloLatencyNs, priority); // checks batch and SLO ranges
    }

    /** A service with the default queue capacity and table service times. */
    public ServiceSpec(String name, LatencyTable latencyTable, ArrivalProcess arrivals, double sloPercentile,
            long sloLatencyNs, int maxBatch, int priority) {
        this(name, latencyTable, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority, DEFAULT_QUEUE_CAPACITY,
                ServiceTimeModel.TABLE);
    }

    public ServiceTarget target() { return new ServiceTarget(name, latencyTable, maxBatch, sloLatencyNs, priority); }

    public ServiceSpec withServiceTime(ServiceTimeModel model) {
        return new ServiceSpec(name, latencyTable, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority,
                queueCapacity, model);
    }

    public ServiceSpec withQueueCapacity(int capacity) {
        return new ServiceSpec(name, latencyTable, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority,
                capacity, serviceTime);
    }
}
