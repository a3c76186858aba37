package org.coltrain.sim.supernet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coltrain.sim.array.MemoryTraffic;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * The SuperNet's weights cut into units that SubNets share or not, and every SubNet resolved to its layers and units.
 *
 * <p>Because elastic width and kernel take prefixes (first channels, centre of the kernel), the weights a layer
 * reads at width level i and kernel level j, W(i, j), contain those of every smaller pair. The unit (i, j) of a
 * layer role is what W(i, j) adds over the smaller levels, by inclusion-exclusion:
 * W(i, j) - W(i-1, j) - W(i, j-1) + W(i-1, j-1) (zero, hence no unit, where the role does not depend on the kernel).
 * A SubNet at (i, j) reads exactly the units (i', j') with i' <= i and j' <= j of each active block; stem and head
 * layers are one unit each. Units are numbered in execution order, the order in which an accelerator reads them.
 */
public final class SuperNetLayout {

    private final SuperNetSpec superNet;
    private final long[] unitElements;
    private final List<ResolvedSubNet> subNets;

    private SuperNetLayout(SuperNetSpec superNet, long[] unitElements, List<ResolvedSubNet> subNets) {
        this.superNet = superNet;
        this.unitElements = unitElements;
        this.subNets = List.copyOf(subNets);
    }

    public static SuperNetLayout of(SuperNetSpec superNet, List<SubNetChoice> choices) {
        if (choices.isEmpty()) throw new IllegalArgumentException(superNet.name() + ": no SubNets to serve");
        Builder b = new Builder(superNet);
        List<ResolvedSubNet> resolved = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) resolved.add(b.resolve(i, choices.get(i)));
        return new SuperNetLayout(superNet, b.unitElements.stream().mapToLong(Long::longValue).toArray(), resolved);
    }

    public SuperNetSpec superNet() { return superNet; }

    public List<ResolvedSubNet> subNets() { return subNets; }

    public int unitCount() { return unitElements.length; }

    public long unitElements(int unit) { return unitElements[unit]; }

    /** Bytes of each unit at the given storage width, rounded up per unit. */
    public long[] unitBytes(double bitsPerElement) {
        long[] bytes = new long[unitElements.length];
        for (int u = 0; u < bytes.length; u++) bytes[u] = MemoryTraffic.bytes(unitElements[u], bitsPerElement);
        return bytes;
    }

    /** Numbers the units once (all of them, whether a listed SubNet uses them or not) and resolves SubNets. */
    private static final class Builder {
        private final SuperNetSpec net;
        private final List<Long> unitElements = new ArrayList<>();
        private final int[] stemUnits;
        private final int[] headUnits;
        /** unitIds[stage][block][role][width level][kernel level], -1 where the unit is empty. */
        private final int[][][][][] unitIds;

        Builder(SuperNetSpec net) {
            this.net = net;
            stemUnits = fixedUnits(net.stem());
            int stages = net.stages().size();
            unitIds = new int[stages][][][][];
            int in = net.stemChannels(), size = net.stemSize();
            for (int s = 0; s < stages; s++) {
                ElasticStage st = net.stages().get(s);
                unitIds[s] = new int[st.maxDepth()][][][];
                for (int blk = 0; blk < st.maxDepth(); blk++) {
                    int blockIn = blk == 0 ? in : st.outChannels(), stride = blk == 0 ? st.stride() : 1;
                    unitIds[s][blk] = blockUnits(st, blockIn, size, stride);
                    size = MbConvBlock.outSize(size, stride);
                }
                in = st.outChannels();
            }
            headUnits = fixedUnits(net.head());
        }

        private int[] fixedUnits(NetworkSpec fixed) {
            int[] ids = new int[fixed.layers().size()];
            for (int l = 0; l < ids.length; l++) ids[l] = newUnit(fixed.layers().get(l).weightElements());
            return ids;
        }

        private int newUnit(long elements) {
            if (elements == 0) return -1;
            unitElements.add(elements);
            return unitElements.size() - 1;
        }

        private int[][][] blockUnits(ElasticStage st, int in, int size, int stride) {
            int nw = st.expandRatios().size(), nk = st.kernels().size(), roles = MbConvBlock.ROLES.length;
            long[][][] w = new long[roles][nw + 1][nk + 1]; // index 0 is the empty level
            for (int i = 1; i <= nw; i++) {
                for (int j = 1; j <= nk; j++) {
                    List<Integer> role = new ArrayList<>();
                    List<LayerSpec> layers = MbConvBlock.layers("", in, st.outChannels(), size, stride,
                            MbConvBlock.midChannels(in, st.expandRatios().get(i - 1)), st.kernels().get(j - 1),
                            st.squeezeExcite(), role);
                    for (int l = 0; l < layers.size(); l++)
                        if (role.get(l) >= 0) w[role.get(l)][i][j] = layers.get(l).weightElements();
                }
            }
            int[][][] ids = new int[roles][nw + 1][nk + 1];
            for (int r = 0; r < roles; r++) {
                for (int[] row : ids[r]) Arrays.fill(row, -1);
                for (int i = 1; i <= nw; i++) {
                    for (int j = 1; j <= nk; j++) {
                        long delta = w[r][i][j] - w[r][i - 1][j] - w[r][i][j - 1] + w[r][i - 1][j - 1];
                        if (delta < 0)
                            throw new IllegalArgumentException(st.name() + ": weights do not grow with width and kernel");
                        ids[r][i][j] = newUnit(delta);
                    }
                }
            }
            return ids;
        }

        ResolvedSubNet resolve(int index, SubNetChoice c) {
            if (c.depths().size() != net.stages().size())
                throw new IllegalArgumentException(c.name() + ": " + c.depths().size() + " stage settings for "
                        + net.stages().size() + " stages of " + net.name());
            List<LayerSpec> layers = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<Integer> units = new ArrayList<>();
            for (int l = 0; l < net.stem().layers().size(); l++)
                addLayer(layers, starts, units, net.stem().layers().get(l), stemUnits[l]);
            int in = net.stemChannels(), size = net.stemSize();
            for (int s = 0; s < net.stages().size(); s++) {
                ElasticStage st = net.stages().get(s);
                int depth = c.depths().get(s);
                int wi = level(st.expandRatios(), c.expandRatios().get(s), c, st, "expand ratio");
                int kj = level(st.kernels(), c.kernels().get(s), c, st, "kernel");
                if (!st.depths().contains(depth))
                    throw new IllegalArgumentException(c.name() + ": depth " + depth + " is not one of " + st.name()
                            + "'s depths " + st.depths());
                for (int blk = 0; blk < st.maxDepth(); blk++) {
                    int blockIn = blk == 0 ? in : st.outChannels(), stride = blk == 0 ? st.stride() : 1;
                    if (blk < depth) {
                        List<Integer> role = new ArrayList<>();
                        List<LayerSpec> block = MbConvBlock.layers(st.name() + "." + blk + ".", blockIn,
                                st.outChannels(), size, stride, MbConvBlock.midChannels(blockIn, st.expandRatios().get(wi - 1)),
                                st.kernels().get(kj - 1), st.squeezeExcite(), role);
                        for (int l = 0; l < block.size(); l++) {
                            starts.add(units.size());
                            layers.add(block.get(l));
                            int r = role.get(l);
                            if (r < 0) continue;
                            for (int i = 1; i <= wi; i++)
                                for (int j = 1; j <= kj; j++)
                                    if (unitIds[s][blk][r][i][j] >= 0) units.add(unitIds[s][blk][r][i][j]);
                        }
                    }
                    size = MbConvBlock.outSize(size, stride);
                }
                in = st.outChannels();
            }
            for (int l = 0; l < net.head().layers().size(); l++)
                addLayer(layers, starts, units, net.head().layers().get(l), headUnits[l]);
            starts.add(units.size());
            return new ResolvedSubNet(index, c, new NetworkSpec(net.name() + "." + c.name(), layers),
                    starts.stream().mapToInt(Integer::intValue).toArray(),
                    units.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void addLayer(List<LayerSpec> layers, List<Integer> starts, List<Integer> units,
                LayerSpec layer, int unit) {
            starts.add(units.size());
            layers.add(layer);
            if (unit >= 0) units.add(unit);
        }

        /** 1-based level of a choice among a stage's allowed values. */
        private static <T> int level(List<T> allowed, T value, SubNetChoice c, ElasticStage st, String what) {
            int i = allowed.indexOf(value);
            if (i < 0)
                throw new IllegalArgumentException(c.name() + ": " + what + " " + value + " is not one of " + st.name()
                        + "'s " + allowed);
            return i + 1;
        }
    }
}
