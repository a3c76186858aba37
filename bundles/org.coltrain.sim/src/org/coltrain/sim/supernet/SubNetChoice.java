package org.coltrain.sim.supernet;

import java.util.List;

/**
 * One SubNet the server may pick: per stage its depth, expand ratio and kernel size (each one of the stage's
 * choices), with its accuracy as measured by whoever trained the SuperNet (an input, not modelled here).
 */
public record SubNetChoice(String name, double accuracyPercent, List<Integer> depths, List<Double> expandRatios,
        List<Integer> kernels) {

    public SubNetChoice {
        depths = List.copyOf(depths);
        expandRatios = List.copyOf(expandRatios);
        kernels = List.copyOf(kernels);
        if (depths.size() != expandRatios.size() || depths.size() != kernels.size())
            throw new IllegalArgumentException(name + ": depths, expand ratios and kernels need one value per stage");
        if (!(accuracyPercent >= 0 && accuracyPercent <= 100))
            throw new IllegalArgumentException(name + ": accuracy " + accuracyPercent + " % not in [0, 100]");
    }
}
