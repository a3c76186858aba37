package org.coltrain.sim.mapping;

/**
 * Every layer whole on the accelerator that runs it better for {@code objective} (ties stay on the first), by the
 * cost model in use. ODiMO's hand-made minimum-latency mapping is this rule for latency: it puts on the analog
 * array exactly the ResNet-20 layers where analog is faster under DIANA's cost model with a constant weight-load
 * time (REFERENCES.md, ODiMO); applying the rule to the model in use gives the strongest version of that baseline.
 */
public record FasterWholeLayers(Objective objective) implements MappingBaseline {

    public static final String LATENCY_NAME = "min-latency-layers";
    public static final String ENERGY_NAME = "min-energy-layers";

    @Override
    public String name() {
        return objective == Objective.LATENCY ? LATENCY_NAME : ENERGY_NAME;
    }

    @Override public String label(SplitSystem system) { return name(); }

    @Override
    public String source() {
        return objective == Objective.LATENCY
                ? "ODiMO code (eml-eda/odimo, models/quant_resnet.py, quantres20_minlat_foldbn): 2-bit in the layers "
                        + "where analog is faster; here decided by the cost model in use"
                : "the same rule as " + LATENCY_NAME + " for energy (not in ODiMO; the strongest whole-layer mapping "
                        + "for the energy objective)";
    }

    @Override
    public int[] secondChannels(MappingProblem problem) {
        int[] counts = new int[problem.layers().size()];
        for (int i = 0; i < counts.length; i++) {
            ConvShape l = problem.layers().get(i);
            LayerCost onFirst = problem.system().cost(l, 0), onSecond = problem.system().cost(l, l.outChannels());
            if (objective.of(onSecond) < objective.of(onFirst)) counts[i] = l.outChannels();
        }
        return counts;
    }
}
