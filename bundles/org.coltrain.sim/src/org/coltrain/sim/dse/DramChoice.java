package org.coltrain.sim.dse;

import java.io.Serializable;

import org.coltrain.sim.cost.DramKind;

/**
 * One value of a design space's DRAM range: a kind and its count of channels or stacks, which give the candidate's
 * peak bandwidth and energy per byte as an accelerator's {@code dram} does (the capacity stays the template's).
 */
public record DramChoice(DramKind kind, int count) implements Serializable {

    public DramChoice {
        if (count < 1) throw new IllegalArgumentException("a DRAM needs at least one " + kind.unit() + ", got " + count);
    }

    public double bandwidthBytesPerS() {
        return kind.bandwidthBytesPerS(count);
    }

    /** {@code hbm2-4stacks}, {@code ddr4-8channels}: the value in keys, tables and sensitivity. */
    public String label() {
        return kind.name() + "-" + count + (count == 1 ? kind.unit() : kind.unitPlural());
    }

    @Override
    public String toString() {
        return label();
    }
}
