package org.coltrain.sim.mapping;

/**
 * The first and the last weight layer on the first accelerator, every other layer on the second: the usual manual
 * mixed-precision rule (keep the input and output layers at high precision), on DIANA 8-bit stem and classifier
 * with every other layer ternary.
 */
public record EndsOnFirst() implements MappingBaseline {

    public static final String NAME = "ends-first";

    @Override public String name() { return NAME; }

    @Override public String label(SplitSystem system) { return "ends-" + system.first().name(); }

    @Override
    public String source() {
        return "ODiMO code (eml-eda/odimo, models/quant_resnet.py, quantres20_w2a7_foldbn): first and last layer 8-bit, "
                + "the rest 2-bit";
    }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        int[] counts = new AllOnSecond().secondChannels(problem);
        counts[0] = 0;
        counts[counts.length - 1] = 0;
        return counts;
    }
}
