package org.coltrain.sim.array;

import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.cost.DramKind;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/** Accelerators used as references by tests, benchmarks and the cost model's comparisons with published figures. */
public final class ReferenceAccelerators {

    private ReferenceAccelerators() {
    }

    /**
     * The reference chip of the cost model's comparisons with Equinox (org.coltrain.sim.calibration.Comparisons; the
     * controller's share was fitted on it, the HBFP overheads are held out; Equinox's exact microarchitecture is not
     * public, REFERENCES.md): one 128 x 128 weight-stationary array at 1 GHz with 4 MiB of buffers (2 MiB ifmap,
     * 1 MiB filter, 1 MiB ofmap) and 100 GB/s of DRAM bandwidth, a TPU-v1-like budget scaled down.
     * The datapath encoding serves both inference and training.
     */
    public static AcceleratorSpec costReference(EncodingSpec datapath) {
        return new AcceleratorSpec("reference-128x128-" + datapath.shortName(), 1, 128, 128,
                Dataflow.WEIGHT_STATIONARY, 1e9, 2L << 20, 1L << 20, 1L << 20, 100e9, 8L << 30, datapath, datapath,
                CostDefaults.params());
    }

    /**
     * TPU v1 as Jouppi et al. describe it (ISCA 2017, Section 2): one 256 x 256 weight-stationary array of 8-bit
     * MACs at 700 MHz; the 24 MiB Unified Buffer holds activations (ifmap here), the 4 MiB of accumulators the outputs
     * (ofmap), the Weight FIFO four 64 KiB tiles; two DDR3-2133 channels (34 GB/s) and 8 GiB. The cost model's 45 nm
     * defaults apply: its figures are for a 45 nm chip of this organisation, not the 28 nm die.
     */
    public static AcceleratorSpec tpuV1() {
        EncodingSpec int8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
        return new AcceleratorSpec("tpu-v1", 1, 256, 256, Dataflow.WEIGHT_STATIONARY, 700e6, 24L << 20, 256L << 10,
                4L << 20, 2 * 2133e6 * 8, 8L << 30, int8, null, CostDefaults.params());
    }

    /**
     * The Equinox example chip (examples/equinox/accelerators.coltrain, {@code Equinox}, there with the HBFP8
     * datapath): 14 arrays of 64 x 128, output-stationary, 1 GHz; 8 MiB ifmap, 4 MiB weight and 4 MiB ofmap buffers;
     * four HBM2 stacks at 900 GB/s (their energy per bit, DramKind hbm2) and 16 GiB. {@code training} may be null
     * (an inference-only datapath, e.g. fixed8 for the HBFP cost comparison).
     */
    public static AcceleratorSpec equinoxExample(String name, EncodingSpec inference, EncodingSpec training) {
        return new AcceleratorSpec(name, 14, 64, 128, Dataflow.OUTPUT_STATIONARY, 1e9, 8L << 20, 4L << 20, 4L << 20,
                900e9, 16L << 30, inference, training, CostDefaults.withDram(DramKind.find("hbm2").orElseThrow()));
    }

    /**
     * An NVIDIA A100 SXM4 as this array model sees it (NVIDIA A100 Tensor Core GPU Architecture whitepaper, 2020:
     * 108 SMs at 1410 MHz boost, 1024 dense FP16/BF16 FMAs per SM per clock = 312 TFLOP/s; 40 MB L2; 192 KB L1 /
     * shared memory and 256 KB of registers per SM; A100 datasheet: 40 GB HBM2 at 1,555 GB/s, 80 GB HBM2e at
     * 2,039 GB/s). Each SM's tensor cores become one 32 x 32 output-stationary array (1024 MACs per clock; the
     * accumulators stay in registers, as in a tensor-core GEMM); activations stream from the L2 (ifmap buffer),
     * weight tiles from shared memory (filter buffer), outputs sit in the register file (ofmap buffer). A GPU is
     * not a systolic array: its fold overheads and reuse are approximations, stated where the comparison with
     * measurements is made.
     */
    public static AcceleratorSpec a100(boolean eightyGb) {
        EncodingSpec bf16 = EncodingSpec.bf16();
        return new AcceleratorSpec(eightyGb ? "a100-80gb" : "a100-40gb", 108, 32, 32, Dataflow.OUTPUT_STATIONARY,
                1410e6, 40L << 20, 108L * (192L << 10), 108L * (256L << 10), eightyGb ? 2039e9 : 1555e9,
                eightyGb ? 80_000_000_000L : 40_000_000_000L, bf16, bf16,
                CostDefaults.withDram(DramKind.find("hbm2e").orElseThrow()));
    }

    /** The same accelerator with another array shape, count and dataflow. */
    public static AcceleratorSpec reshape(AcceleratorSpec acc, int arrayCount, int rows, int cols, Dataflow dataflow) {
        return new AcceleratorSpec(acc.name() + "-" + arrayCount + "x" + rows + "x" + cols, arrayCount, rows, cols,
                dataflow, acc.clockHz(), acc.ifmapBufferBytes(), acc.weightBufferBytes(), acc.ofmapBufferBytes(),
                acc.dramBandwidthBytesPerS(), acc.dramCapacityBytes(), acc.inferenceEncoding(),
                acc.trainingEncoding(), acc.cost());
    }
}
