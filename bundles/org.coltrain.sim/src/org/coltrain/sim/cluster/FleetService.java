package org.coltrain.sim.cluster;

import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.serve.ServiceSpec;
import org.coltrain.sim.serve.ServiceTimeModel;
import org.coltrain.sim.serve.arrival.ArrivalProcess;

/**
 * One inference service of the fleet: all its traffic ({@code arrivals} is the fleet-wide process), its SLO
 * ("{@code sloPercentile} % within {@code sloLatencyNs}", judged over the whole fleet), the largest batch one
 * accelerator forms, its priority on each accelerator, the balancer that routes each request, the queue each
 * accelerator keeps for it and how long its batches take ({@link ServiceTimeModel}, as for a single accelerator).
 */
public record FleetService(String name, ArrivalProcess arrivals, double sloPercentile, long sloLatencyNs,
        int maxBatch, int priority, LoadBalancer balancer, int queueCapacity, ServiceTimeModel serviceTime) {

    public FleetService {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("service name must not be blank");
        if (!(sloPercentile > 0 && sloPercentile < 100))
            throw new IllegalArgumentException("service " + name + ": SLO percentile must be in (0, 100), was " + sloPercentile);
        if (sloLatencyNs <= 0) throw new IllegalArgumentException("service " + name + ": SLO latency must be positive");
        if (maxBatch < 1) throw new IllegalArgumentException("service " + name + ": max batch must be at least 1");
        if (arrivals == null || balancer == null) throw new IllegalArgumentException("service " + name + ": arrivals and balancer must be given");
        if (queueCapacity < 1) throw new IllegalArgumentException("service " + name + ": queue capacity must be at least 1");
        if (serviceTime == null) throw new IllegalArgumentException("service " + name + ": service-time model must be given");
    }

    /** A service with the default queue capacity and table service times. */
    public FleetService(String name, ArrivalProcess arrivals, double sloPercentile, long sloLatencyNs, int maxBatch,
            int priority, LoadBalancer balancer) {
        this(name, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority, balancer, ServiceSpec.DEFAULT_QUEUE_CAPACITY,
                ServiceTimeModel.TABLE);
    }

    public FleetService withBalancer(LoadBalancer b) {
        return new FleetService(name, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority, b, queueCapacity, serviceTime);
    }

    public FleetService withArrivals(ArrivalProcess a) {
        return new FleetService(name, a, sloPercentile, sloLatencyNs, maxBatch, priority, balancer, queueCapacity, serviceTime);
    }

    public FleetService withServiceTime(ServiceTimeModel model) {
        return new FleetService(name, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority, balancer, queueCapacity, model);
    }

    public FleetService withQueueCapacity(int capacity) {
        return new FleetService(name, arrivals, sloPercentile, sloLatencyNs, maxBatch, priority, balancer, capacity, serviceTime);
    }
}
