package org.coltrain.sim.cluster.result;

import java.util.List;
import org.coltrain.sim.serve.result.ServiceResult;

/**
 * One fleet run. {@code services} are fleet-wide (every request of the service, whichever accelerator served it),
 * in the same form as a single accelerator's; {@code balancers} names each service's policy in the same order.
 *
 * @param training      null when the fleet trains nothing
 * @param nodes         every accelerator, in fleet order
 * @param energyJ       the whole fleet's energy in the measured window (the designs' sum)
 * @param averagePowerW energyJ over the measured window
 */
public record ClusterResult(String experiment, long seed, int accelerators, String scheduler, double simulatedS,
        double measuredS, List<ServiceResult> services, List<String> balancers, FleetTrainingResult training,
        List<DesignUtilization> designs, List<NodeUtilization> nodes, double energyJ, double averagePowerW, long events,
        List<ClusterBucket> series) {

    public ClusterResult {
        services = List.copyOf(services);
        balancers = List.copyOf(balancers);
        designs = List.copyOf(designs);
        nodes = List.copyOf(nodes);
        series = List.copyOf(series);
    }
}
