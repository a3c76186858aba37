package org.coltrain.sim.mapping;

/** Every channel on the second accelerator (on DIANA: all weights ternary on the analog array). */
public record AllOnSecond() implements MappingBaseline {

    public static final String NAME = "all-second";

    @Override public String name() { return NAME; }

    @Override public String label(SplitSystem system) { return "all-" + system.second().name(); }

    @Override
    public String source() {
        return "ODiMO code (eml-eda/odimo, models/quant_resnet.py, quantres20_w2a7_true_foldbn): every layer 2-bit";
    }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        int[] counts = new int[problem.layers().size()];
        for (int i = 0; i < counts.length; i++) counts[i] = problem.layers().get(i).outChannels();
        return counts;
    }
}
