package org.coltrain.sim.study;

import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;

/** One accelerator of a study as a table row: shape, cost-model area and peak power, batch-1 latency. */
public record DesignSummary(String role, String name, String datapath, String dataflow, int arrays, int rows,
        int cols, double areaMm2, double powerMw, double peakTeraMacsPerS, double batch1LatencyUs) {

    public static DesignSummary of(String role, AcceleratorSpec acc, NetworkSpec net) {
        return new DesignSummary(role, acc.name(), CostModel.datapathEncoding(acc).shortName(),
                acc.dataflow().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), acc.arrayCount(),
                acc.rows(), acc.cols(), CostModel.areaMm2(acc), CostModel.powerMw(acc), acc.peakMacsPerS() / 1e12,
                NetworkTiming.of(acc, net, 1).latencyNs() / 1e3);
    }
}
