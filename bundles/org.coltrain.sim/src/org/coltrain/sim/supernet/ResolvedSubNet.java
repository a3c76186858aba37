package org.coltrain.sim.supernet;

import org.coltrain.sim.spec.NetworkSpec;

/**
 * A SubNet with its layers resolved and, per layer, the weight units of the SuperNet it reads
 * (compressed rows: the units of layer l are {@code units[unitStart[l] .. unitStart[l + 1])}).
 */
public final class ResolvedSubNet {

    private final int index;
    private final SubNetChoice choice;
    private final NetworkSpec network;
    private final int[] unitStart;
    private final int[] units;

    ResolvedSubNet(int index, SubNetChoice choice, NetworkSpec network, int[] unitStart, int[] units) {
        this.index = index;
        this.choice = choice;
        this.network = network;
        this.unitStart = unitStart;
        this.units = units;
    }

    public int index() { return index; }

    public String name() { return choice.name(); }

    public double accuracyPercent() { return choice.accuracyPercent(); }

    public SubNetChoice choice() { return choice; }

    public NetworkSpec network() { return network; }

    public int layerCount() { return network.layers().size(); }

    public int firstUnit(int layer) { return unitStart[layer]; }

    public int endUnit(int layer) { return unitStart[layer + 1]; }

    /** The i-th entry of the unit rows (see the class comment). */
    public int unit(int i) { return units[i]; }

    /** Number of weight units this SubNet reads (in execution order, each once). */
    public int unitCount() { return units.length; }
}
