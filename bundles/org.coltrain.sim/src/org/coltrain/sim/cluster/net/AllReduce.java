package org.coltrain.sim.cluster.net;

/**
 * An all-reduce algorithm: every rank ends with the sum of every rank's vector of {@code bytes}. One class per
 * algorithm; the cost is the alpha-beta time of its schedule on a topology (arithmetic of the reduction is not
 * counted: it overlaps the transfers on accelerators with a vector unit).
 */
public sealed interface AllReduce permits RingAllReduce, TreeAllReduce {

    /** Wall time of one all-reduce of {@code bytes} per rank over {@code ranks} ranks, in ns; 0 for one rank. */
    double timeNs(int ranks, double bytes, InterconnectSpec net);

    /** Lower-case name used by the DSL and the CLI. */
    String name();

    /** One message of the schedule: rank {@code from} sends its chunk to rank {@code to} in {@code phase}. */
    record Transfer(int from, int to, String phase) {
    }

    /**
     * Who sends to whom in one all-reduce over {@code ranks} ranks, each distinct message once (a schedule repeats
     * the same pairs over its steps); what the timing model of {@link #timeNs} charges for.
     */
    java.util.List<Transfer> transfers(int ranks, Topology topology);

    /** The algorithm for a DSL/CLI name: ring or tree. */
    static AllReduce byName(String name) {
        return switch (name) {
            case "ring" -> new RingAllReduce();
            case "tree" -> new TreeAllReduce();
            default -> throw new IllegalArgumentException("unknown all-reduce algorithm '" + name + "': use ring or tree");
        };
    }
}
