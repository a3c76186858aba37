package org.coltrain.sim.supernet;

import java.util.List;

import org.coltrain.sim.spec.NetworkSpec;

/**
 * A weight-shared SuperNet: a fixed stem, elastic stages and a fixed head. Every SubNet runs the whole stem and head.
 *
 * @param stemChannels channels of the stem's output (the first stage's input)
 * @param stemSize     height = width of the stem's output
 */
public record SuperNetSpec(String name, NetworkSpec stem, int stemChannels, int stemSize, List<ElasticStage> stages,
        NetworkSpec head) {

    public SuperNetSpec {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) throw new IllegalArgumentException(name + ": a SuperNet needs at least one stage");
        if (stemChannels < 1 || stemSize < 1) throw new IllegalArgumentException(name + ": stem output must be positive");
    }
}
