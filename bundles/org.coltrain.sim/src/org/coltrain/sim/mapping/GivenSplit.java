package org.coltrain.sim.mapping;

import java.util.List;

/** A mapping the model gives layer by layer ({@code layer NAME split N}): channels on the second accelerator. */
public record GivenSplit(List<Integer> counts) implements MappingBaseline {

    public static final String NAME = "given";

    public GivenSplit {
        counts = List.copyOf(counts);
    }

    public static GivenSplit of(int[] counts) {
        return new GivenSplit(java.util.Arrays.stream(counts).boxed().toList());
    }

    @Override public String name() { return NAME; }

    @Override public String label(SplitSystem system) { return NAME; }

    @Override public String source() { return "the model's 'split' lines"; }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
