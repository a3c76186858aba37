package org.coltrain.sim.mapping;

/** Every channel on the first accelerator (on DIANA: all weights 8-bit on the digital array). */
public record AllOnFirst() implements MappingBaseline {

    public static final String NAME = "all-first";

    @Override public String name() { return NAME; }

    @Override public String label(SplitSystem system) { return "all-" + system.first().name(); }

    @Override
    public String source() {
        return "ODiMO code (eml-eda/odimo, models/quant_resnet.py, quantres20_w8a7_foldbn): every layer 8-bit";
    }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        return new int[problem.layers().size()];
    }
}
