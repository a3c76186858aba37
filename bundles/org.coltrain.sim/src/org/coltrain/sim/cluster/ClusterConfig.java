package org.coltrain.sim.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.Scheduler;

/**
 * Everything one fleet run needs. Accelerators are numbered design by design in list order; the training job's
 * workers are the first {@code job.workers()} of them. Every accelerator batches with {@code scheduler} and puts
 * inference before training, as a single accelerator of the serving simulator does. Metrics cover
 * [{@code warmupNs}, {@code durationNs}).
 *
 * @param job          the data-parallel training job, or null for a fleet that only serves
 * @param buckets      time-series buckets over the measured window (for the day curves)
 */
public record ClusterConfig(String experiment, List<AcceleratorDesign> designs, List<FleetService> services,
        InterconnectSpec interconnect, DataParallelJob job, Scheduler scheduler, long durationNs, long warmupNs,
        long seed, int buckets) {

    public ClusterConfig {
        designs = List.copyOf(designs);
        services = List.copyOf(services);
        if (designs.isEmpty()) throw new IllegalArgumentException("cluster " + experiment + " has no accelerators");
        if (services.isEmpty() && job == null)
            throw new IllegalArgumentException("cluster " + experiment + " has neither services nor a training job");
        if (warmupNs < 0 || durationNs <= warmupNs)
            throw new IllegalArgumentException("need 0 <= warm-up < duration, was warm-up " + warmupNs + " ns, duration " + durationNs + " ns");
        if (buckets < 1) throw new IllegalArgumentException("need at least one time-series bucket");
        long nodes = 0;
        for (AcceleratorDesign d : designs) {
            nodes += d.count();
            if (d.serviceTables().size() != services.size())
                throw new IllegalArgumentException("design " + d.name() + " has " + d.serviceTables().size()
                        + " latency tables for " + services.size() + " services");
            for (int s = 0; s < services.size(); s++)
                if (services.get(s).maxBatch() > d.serviceTables().get(s).maxBatch())
                    throw new IllegalArgumentException("service " + services.get(s).name() + ": max batch "
                            + services.get(s).maxBatch() + " exceeds design " + d.name() + "'s table");
            // Only designs that hold some of the job's workers (the first ones in fleet order) need its profile.
            if (job != null && nodes - d.count() < job.workers() && d.training() == null)
                throw new IllegalArgumentException("design " + d.name() + " has no training profile for job " + job.name());
        }
        if (job != null && job.workers() > nodes)
            throw new IllegalArgumentException("job " + job.name() + " spans " + job.workers() + " workers but the fleet has "
                    + nodes + " accelerators");
        if (job != null && interconnect == null) throw new IllegalArgumentException("a training job needs an interconnect");
        Set<String> names = new HashSet<>();
        for (FleetService s : services)
            if (!names.add(s.name())) throw new IllegalArgumentException("duplicate service name " + s.name());
    }

    public int accelerators() {
        int n = 0;
        for (AcceleratorDesign d : designs) n += d.count();
        return n;
    }

    public long measuredNs() { return durationNs - warmupNs; }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        Builder b = new Builder().experiment(experiment).interconnect(interconnect).job(job).scheduler(scheduler)
                .durationNs(durationNs).warmupNs(warmupNs).seed(seed).buckets(buckets);
        designs.forEach(b::design);
        services.forEach(b::service);
        return b;
    }

    /** Defaults: adaptive batching, 1 s with 0.1 s warm-up, seed 1, 100 buckets, no job. */
    public static final class Builder {
        private String experiment = "cluster";
        private final List<AcceleratorDesign> designs = new ArrayList<>();
        private final List<FleetService> services = new ArrayList<>();
        private InterconnectSpec interconnect;
        private DataParallelJob job;
        private Scheduler scheduler = new AdaptiveBatching();
        private long durationNs = 1_000_000_000L;
        private long warmupNs = 100_000_000L;
        private long seed = 1;
        private int buckets = 100;

        public Builder experiment(String name) { experiment = name; return this; }
        public Builder design(AcceleratorDesign d) { designs.add(d); return this; }
        public Builder clearDesigns() { designs.clear(); return this; }
        public Builder service(FleetService s) { services.add(s); return this; }
        public Builder clearServices() { services.clear(); return this; }
        public Builder interconnect(InterconnectSpec net) { interconnect = net; return this; }
        public Builder job(DataParallelJob j) { job = j; return this; }
        public Builder scheduler(Scheduler s) { scheduler = s; return this; }
        public Builder durationNs(long ns) { durationNs = ns; return this; }
        public Builder warmupNs(long ns) { warmupNs = ns; return this; }
        public Builder seed(long s) { seed = s; return this; }
        public Builder buckets(int n) { buckets = n; return this; }

        public ClusterConfig build() {
            return new ClusterConfig(experiment, designs, services, interconnect, job, scheduler, durationNs, warmupNs,
                    seed, buckets);
        }
    }
}
