package org.coltrain.sim.array;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Timing of a whole network for one batch: one row per lowered piece, layers run one after the other (no overlap
 * between layers, each layer reads its inputs from and writes its outputs to DRAM, as in SCALE-Sim).
 */
public record NetworkTiming(String network, String accelerator, String encoding, int batch, List<LayerTiming> layers,
        long computeCycles, long stallCycles, long totalCycles, long dramBytes, double energyPj, double latencyNs) {

    public NetworkTiming {
        layers = List.copyOf(layers);
    }

    /** Inference of a batch with the accelerator's inference encoding. */
    public static NetworkTiming of(AcceleratorSpec acc, NetworkSpec net, int batch) {
        return of(acc, net, batch, acc.inferenceEncoding());
    }

    /** Inference of a batch with the given encoding. */
    public static NetworkTiming of(AcceleratorSpec acc, NetworkSpec net, int batch, EncodingSpec encoding) {
        List<Work> work = new ArrayList<>(net.layers().size());
        for (LayerSpec layer : net.layers()) work.add(Lowering.forward(layer, batch));
        return sum(acc, net, batch, encoding, work);
    }

    /** One training step (forward, backward, update) of a batch with the accelerator's training encoding. */
    public static NetworkTiming trainingStep(AcceleratorSpec acc, NetworkSpec net, int batch) {
        EncodingSpec encoding = acc.trainingEncoding() != null ? acc.trainingEncoding() : acc.inferenceEncoding();
        return sum(acc, net, batch, encoding, Lowering.trainingStep(net.layers(), batch));
    }

    private static NetworkTiming sum(AcceleratorSpec acc, NetworkSpec net, int batch, EncodingSpec encoding,
            List<Work> work) {
        List<LayerTiming> rows = new ArrayList<>(work.size());
        long compute = 0, stall = 0, total = 0, bytes = 0;
        double energy = 0;
        TimingModel.EnergyRates rates = TimingModel.EnergyRates.of(acc, encoding);
        for (Work w : work) {
            LayerTiming t = TimingModel.time(acc, w, encoding, rates);
            rows.add(t);
            compute += t.computeCycles();
            stall += t.stallCycles();
            total += t.totalCycles();
            bytes += t.dramBytes();
            energy += t.energyPj();
        }
        return new NetworkTiming(net.name(), acc.name(), encoding.shortName(), batch, rows, compute, stall, total,
                bytes, energy, total * acc.cycleNs());
    }

    /** Energy per inference (per sample of the batch). */
    public double energyPjPerSample() { return energyPj / batch; }

    /** Prints a fixed-width table of the rows and the totals, for the CLI. */
    public void print(PrintWriter out) {
        out.printf("%s on %s, %s, batch %d%n", network, accelerator, encoding, batch);
        out.printf("%-28s %-16s %5s %9s %7s %7s %-2s %12s %12s %12s %6s %12s %14s%n", "layer", "pass", "count", "M", "N",
                "K", "df", "compute_cyc", "stall_cyc", "total_cyc", "util", "dram_bytes", "energy_pj");
        for (LayerTiming t : layers) {
            out.printf("%-28s %-16s %5d %9d %7d %7d %-2s %12d %12d %12d %6.3f %12d %14.1f%n", t.layer(), t.pass(),
                    t.count(), t.m(), t.n(), t.k(), shortName(t), t.computeCycles(), t.stallCycles(), t.totalCycles(),
                    t.utilization(), t.dramBytes(), t.energyPj());
        }
        out.printf("%-28s %-16s %5s %9s %7s %7s %-2s %12d %12d %12d %6s %12d %14.1f%n", "total", "", "", "", "", "", "",
                computeCycles, stallCycles, totalCycles, "", dramBytes, energyPj);
        out.printf("latency %.3f us, energy %.3f uJ per sample%n", latencyNs / 1e3, energyPjPerSample() / 1e6);
        out.flush();
    }

    private static String shortName(LayerTiming t) {
        return switch (t.dataflow()) {
            case WEIGHT_STATIONARY -> "ws";
            case OUTPUT_STATIONARY -> "os";
            case INPUT_STATIONARY -> "is";
        };
    }
}
