package org.coltrain.sim.supernet;

import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.LayerTiming;
import org.coltrain.sim.array.Lowering;
import org.coltrain.sim.array.MemoryTraffic;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.TimingModel;
import org.coltrain.sim.array.VectorWork;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * A SubNet's batch-1 latency and DRAM traffic given which of its weights sit in the on-chip weight cache.
 *
 * <p>Starts from the array timing model ({@link NetworkTiming}, layers back to back, each layer's roofline
 * max(compute, DRAM)). A cached fraction f of a layer's weights is read from the cache instead of DRAM, for every
 * pass the dataflow makes over the filters, so the layer's filter bytes shrink to ceil((1 - f) x filter bytes) and
 * its time to max(compute, DRAM cycles of the rest). With nothing cached this is exactly the timing model.
 * Simplification: the split of work over the arrays chosen without the cache is kept (the cache could favour
 * another split), and reading the cache is assumed as fast as the weight buffer.
 *
 * <p>With {@code activationsOnChip}, a layer's input stays on chip when it fits the whole ifmap buffer and its output
 * when it fits the whole ofmap buffer (ping-pong between the two, as batch-1 edge accelerators do), except the
 * SubNet's first input and last output; otherwise every layer reads and writes its activations through DRAM, as
 * the timing model assumes. The choice matters: only the weight share of the DRAM traffic can be cached.
 */
public final class SubNetTiming {

    private final AcceleratorSpec acc;
    private final long[] computeCycles;
    private final long[] activationBytes;
    private final long[] filterBytes;
    private final long[] weightElements;

    public SubNetTiming(AcceleratorSpec acc, ResolvedSubNet subNet, boolean activationsOnChip) {
        this.acc = acc;
        NetworkTiming timing = NetworkTiming.of(acc, subNet.network(), 1);
        int n = subNet.layerCount();
        if (timing.layers().size() != n) throw new IllegalStateException("forward lowering is one piece per layer");
        computeCycles = new long[n];
        activationBytes = new long[n];
        filterBytes = new long[n];
        weightElements = new long[n];
        for (int l = 0; l < n; l++) {
            LayerTiming t = timing.layers().get(l);
            computeCycles[l] = t.computeCycles();
            activationBytes[l] = activationBytes(acc, subNet, l, t, activationsOnChip);
            filterBytes[l] = t.dram().filterBytes();
            weightElements[l] = subNet.network().layers().get(l).weightElements();
        }
    }

    private static long activationBytes(AcceleratorSpec acc, ResolvedSubNet subNet, int l, LayerTiming t,
            boolean onChip) {
        if (!onChip) return t.dram().ifmapBytes() + t.dram().ofmapBytes();
        double bits = acc.inferenceEncoding().storageBitsPerElement();
        long in, out;
        switch (Lowering.forward(subNet.network().layers().get(l), 1)) {
            case Gemm g -> {
                in = MemoryTraffic.bytes(g.count() * g.leftElements(), bits);
                out = MemoryTraffic.bytes(g.count() * g.outputElements(), bits);
            }
            case VectorWork v -> {
                in = MemoryTraffic.bytes(v.inputElements(), bits);
                out = MemoryTraffic.bytes(v.outputElements(), bits);
            }
        }
        boolean keepIn = l > 0 && in <= acc.ifmapBufferBytes();
        boolean keepOut = l < subNet.layerCount() - 1 && out <= acc.ofmapBufferBytes();
        return (keepIn ? 0 : t.dram().ifmapBytes()) + (keepOut ? 0 : t.dram().ofmapBytes());
    }

    public int layerCount() { return computeCycles.length; }

    /** Weight bytes layer l reads from DRAM when {@code hitElements} of its weights are cached. */
    public long offChipFilterBytes(int layer, long hitElements) {
        long w = weightElements[layer];
        if (hitElements <= 0 || w == 0) return filterBytes[layer];
        if (hitElements > w) throw new IllegalArgumentException("more weights cached than the layer has");
        return (long) Math.ceil((double) filterBytes[layer] * (w - hitElements) / w);
    }

    public long filterBytes(int layer) { return filterBytes[layer]; }

    public long activationBytes(int layer) { return activationBytes[layer]; }

    /**
     * Share of layer l's off-chip weight bytes whose removal shortens the layer (the rest hides under compute):
     * clamp((DRAM cycles of all its bytes - compute cycles) / DRAM cycles of its weights, 0, 1). 0 for a
     * compute-bound layer, 1 when even the last weight byte is on the critical path.
     */
    public double timeCriticalWeightShare(int layer) {
        if (filterBytes[layer] == 0) return 0;
        long all = TimingModel.dramCycles(acc, activationBytes[layer] + filterBytes[layer]);
        long weights = TimingModel.dramCycles(acc, filterBytes[layer]);
        if (weights == 0) return 0;
        return Math.max(0, Math.min(1, (double) (all - computeCycles[layer]) / weights));
    }

    /** Cycles of the whole SubNet given the cached elements of each layer. */
    public long totalCycles(long[] hitElementsPerLayer) {
        long total = 0;
        for (int l = 0; l < computeCycles.length; l++) {
            long bytes = activationBytes[l] + offChipFilterBytes(l, hitElementsPerLayer[l]);
            total += Math.max(computeCycles[l], TimingModel.dramCycles(acc, bytes));
        }
        return total;
    }

    /** Latency in ns, rounded up to whole ns. */
    public long latencyNs(long[] hitElementsPerLayer) {
        return cyclesToNs(totalCycles(hitElementsPerLayer));
    }

    long cyclesToNs(long cycles) {
        return (long) Math.ceil(cycles * 1e9 / acc.clockHz());
    }
}
