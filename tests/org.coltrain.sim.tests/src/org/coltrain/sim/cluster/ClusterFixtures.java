package org.coltrain.sim.cluster;

import java.util.List;
import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.serve.ServeFixtures;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.TrainingProfile;

/** Small fleets built from closed-form tables (ServeFixtures), never from the timing model. */
final class ClusterFixtures {

    private ClusterFixtures() {}

    /** 400 us + 100 us per sample, batches up to 8. */
    static LatencyTable table() { return ServeFixtures.linearTable("net", 400_000, 100_000, 8, 1e6); }

    /** 20 segments of 100 us: a 2 ms step of 16 samples. */
    static TrainingProfile profile() { return ServeFixtures.uniformProfile("train", 16, 20, 100_000, 1e9); }

    /** 100 GB/s links of 1 us on a switch. */
    static InterconnectSpec net(Topology t) { return new InterconnectSpec(t, 100e9, 1_000); }

    static DataParallelJob job(int workers, long parameters, EncodingSpec enc, int staleness) {
        return new DataParallelJob("train", parameters, enc, new RingAllReduce(), workers, staleness);
    }

    /** n accelerators, one service at {@code ratePerAccelerator} each, routed by {@code balancer}, 1 s simulated. */
    static ClusterConfig.Builder fleet(int n, double ratePerAccelerator, LoadBalancer balancer, DataParallelJob job) {
        ClusterConfig.Builder b = ClusterConfig.builder().experiment("test").durationNs(1_000_000_000L)
                .warmupNs(100_000_000L).seed(7).interconnect(net(Topology.SWITCH)).job(job)
                .design(new AcceleratorDesign("acc", n, ratePerAccelerator > 0 ? List.of(table()) : List.of(), profile(), 5_000));
        if (ratePerAccelerator > 0)
            b.service(new FleetService("svc", new PoissonArrivals(ratePerAccelerator * n), 99.0, 5_000_000, 8, 1, balancer));
        return b;
    }
}
