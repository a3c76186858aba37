package org.coltrain.sim.study;

import java.io.PrintWriter;
import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.cost.DramKind;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * The Equinox (MICRO 2021) reproduction on ResNet-50 with a 500 us p99 SLO: a latency-optimal fixed8 accelerator
 * served FIFO batch-1 against a batching-optimised HBFP8 one served with adaptive batching, both inside the same
 * area and power envelope; then training co-located on the latter against a dedicated training accelerator.
 * The designs are the ones {@link DesignChoice} picks in {@link #ENVELOPE} from {@link #template}; the same numbers
 * are written in {@code examples/equinox/}. Equinox's exact microarchitecture is not public (REFERENCES.md): the
 * template's clock, buffers and DRAM are assumptions stated in the example's README.
 */
public final class EquinoxReproduction {

    public static final long SLO_NS = 500_000;
    public static final double SLO_PERCENTILE = 99;
    public static final int MAX_BATCH = 64;
    /** Training batch of the co-located job: its longest tile (~100 us) bounds how long inference waits for it. */
    public static final int TRAINING_BATCH = 8;
    /** 200 mm2 and 75 W of peak on-chip power (CostModel); DRAM is outside the envelope and equal for all designs. */
    public static final DesignBudget ENVELOPE = new DesignBudget(200, 75_000);
    /** Array sides the design choice enumerates (every R x C from these, each dataflow). */
    public static final int[] SIDES = {16, 32, 64, 128, 256, 512};
    /** Inference loads of the co-location table, as fractions of the batching-optimised design's capacity. */
    public static final double[] LOADS = {0.1, 0.25, 0.5, 0.75};

    public static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
    public static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.STOCHASTIC);

    private EquinoxReproduction() {
    }

    /** The DRAM of every design: HBM2 (its energy per bit, DramKind). */
    public static final DramKind DRAM = DramKind.find("hbm2").orElseThrow();

    /**
     * Shared by all designs: 1 GHz; 16 MiB of buffers (8 ifmap, 4 weight, 4 ofmap); 900 GB/s and 16 GiB of HBM2
     * (four stacks at 1.75 Gb/s per pin, 4 x 1024 x 1.75 / 8 = 896 GB/s, as a V100 has), so that a 45 nm chip can run
     * ResNet-50 batch 1 well inside 500 us.
     */
    public static AcceleratorSpec template(String name, int arrays, int rows, int cols, Dataflow dataflow,
            EncodingSpec inference, EncodingSpec training) {
        return new AcceleratorSpec(name, arrays, rows, cols, dataflow, 1e9, 8L << 20, 4L << 20, 4L << 20, 900e9,
                16L << 30, inference, training, CostDefaults.withDram(DRAM));
    }

    /** Fixed8, inference only; lowest batch-1 latency in the envelope. */
    public static AcceleratorSpec latencyOptimal() {
        return template("LatencyOptimal", 16, 128, 64, Dataflow.OUTPUT_STATIONARY, FIXED8, null);
    }

    /** HBFP8 for inference and training; highest adaptive-batching capacity under the SLO in the envelope. */
    public static AcceleratorSpec equinox() {
        return template("Equinox", 14, 64, 128, Dataflow.OUTPUT_STATIONARY, HBFP8, HBFP8);
    }

    /** HBFP8; most training samples/s of the job (batch {@value #TRAINING_BATCH}) alone in the envelope. */
    public static AcceleratorSpec trainingAccelerator() {
        return template("TrainingDedicated", 29, 64, 64, Dataflow.OUTPUT_STATIONARY, HBFP8, HBFP8);
    }

    public static ServiceUnderTest service(AcceleratorSpec acc, NetworkSpec net, boolean batching) {
        return new ServiceUnderTest(net.name(), LatencyTables.compute(acc, net, MAX_BATCH),
                batching ? new AdaptiveBatching() : new FifoBatchOne(), MAX_BATCH, SLO_PERCENTILE, SLO_NS, List.of());
    }

    /** The co-located job: one ResNet-50 training step, preemptible between array tiles. */
    public static TrainingJobSpec trainingJob(AcceleratorSpec acc, NetworkSpec net) {
        TrainingProfile p = TrainingProfiles.of("train", acc, net, TRAINING_BATCH, SegmentGranularity.TILE);
        return new TrainingJobSpec("train", p, 0);
    }

    /** Runs the whole reproduction; {@code coLocation} settings bound the (event-heavy) runs with training. */
    public static Reproduction run(SearchSettings capacity, SearchSettings coLocation) {
        NetworkSpec net = ReferenceNetworks.resnet50();
        AcceleratorSpec lat = latencyOptimal(), eqx = equinox(), trainer = trainingAccelerator();
        List<DesignSummary> designs = List.of(DesignSummary.of("latency-optimal", lat, net),
                DesignSummary.of("batching-optimised", eqx, net), DesignSummary.of("dedicated training", trainer, net));
        Capacity latFifo = CapacitySearch.maxRate(service(lat, net, false), capacity);
        Capacity latAdaptive = CapacitySearch.maxRate(service(lat, net, true), capacity);
        Capacity eqxFifo = CapacitySearch.maxRate(service(eqx, net, false), capacity);
        Capacity eqxAdaptive = CapacitySearch.maxRate(service(eqx, net, true), capacity);
        double dedicated = TRAINING_BATCH * 1e9 / NetworkTiming.trainingStep(trainer, net, TRAINING_BATCH).latencyNs();
        ServiceUnderTest coLocated = service(eqx, net, true).withTraining(List.of(trainingJob(eqx, net)));
        Capacity withTraining = CapacitySearch.maxRate(coLocated, coLocation);
        List<CoLocated> rows = new java.util.ArrayList<>(
                CoLocation.sweep(coLocated, eqxAdaptive.maxRateRps(), LOADS, dedicated, coLocation));
        rows.add(CoLocation.measure(coLocated, withTraining.maxRateRps(), dedicated, coLocation));
        return new Reproduction(designs, List.of(latFifo, latAdaptive, eqxFifo, eqxAdaptive),
                eqxAdaptive.maxRateRps() / latFifo.maxRateRps(), withTraining, dedicated, rows);
    }

    /** Default settings: 100 000 requests per capacity probe; runs with training capped at 5 s simulated. */
    public static Reproduction run() {
        return run(SearchSettings.DEFAULT, SearchSettings.DEFAULT.withMaxDurationNs(5_000_000_000L));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run().print(out);
    }
}
