package org.coltrain.sim.array;

import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/** Accelerators used as references by tests, benchmarks and the cost calibration. */
public final class ReferenceAccelerators {

    private ReferenceAccelerators() {
    }

    /**
     * The design the cost defaults are calibrated on (Equinox's exact microarchitecture is not public,
     * REFERENCES.md): one 128 x 128 weight-stationary array at 1 GHz with 4 MiB of buffers (2 MiB ifmap,
     * 1 MiB filter, 1 MiB ofmap) and 100 GB/s of DRAM bandwidth, a TPU-v1-like budget scaled down.
     * The datapath encoding serves both inference and training.
     */
    public static AcceleratorSpec costReference(EncodingSpec datapath) {
        return new AcceleratorSpec("reference-128x128-" + datapath.shortName(), 1, 128, 128,
                Dataflow.WEIGHT_STATIONARY, 1e9, 2L << 20, 1L << 20, 1L << 20, 100e9, 8L << 30, datapath, datapath,
                CostDefaults.params());
    }

    /** The same accelerator with another array shape, count and dataflow. */
    public static AcceleratorSpec reshape(AcceleratorSpec acc, int arrayCount, int rows, int cols, Dataflow dataflow) {
        return new AcceleratorSpec(acc.name() + "-" + arrayCount + "x" + rows + "x" + cols, arrayCount, rows, cols,
                dataflow, acc.clockHz(), acc.ifmapBufferBytes(), acc.weightBufferBytes(), acc.ofmapBufferBytes(),
                acc.dramBandwidthBytesPerS(), acc.dramCapacityBytes(), acc.inferenceEncoding(),
                acc.trainingEncoding(), acc.cost());
    }
}
