package org.coltrain.sim.mapping;

/** A mapping the model gives layer by layer ({@code layer NAME split N}): channels on the second accelerator. */
public record GivenSplit(int[] counts) implements MappingBaseline {

    public static final String NAME = "given";

    public GivenSplit {
        counts = counts.clone();
    }

    @Override public String name() { return NAME; }

    @Override public String label(SplitSystem system) { return NAME; }

    @Override public String source() { return "the model's 'split' lines"; }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        return counts.clone();
    }
}
