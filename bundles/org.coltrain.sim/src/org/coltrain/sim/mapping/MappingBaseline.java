package org.coltrain.sim.mapping;

/**
 * A mapping made by a rule instead of the search, evaluated by the same cost model and proxy as the searched one.
 * One record per kind of rule, found by {@link #name()} in {@link MappingBaselines}; each says where its rule
 * comes from.
 */
public sealed interface MappingBaseline permits AllOnFirst, AllOnSecond, EndsOnFirst, FasterWholeLayers, GivenSplit {

    /** The kind's name, independent of the arrays' names, e.g. {@code ends-first}. */
    String name();

    /** The label in tables and files, naming the system's arrays, e.g. {@code ends-dig}. */
    String label(SplitSystem system);

    /** Where the rule comes from (paper, code, file and function). */
    String source();

    /** Channels of each layer on the second accelerator. */
    int[] secondChannels(MappingProblem problem);

    default Mapping evaluate(MappingProblem problem) {
        return problem.evaluate(label(problem.system()), secondChannels(problem));
    }
}
