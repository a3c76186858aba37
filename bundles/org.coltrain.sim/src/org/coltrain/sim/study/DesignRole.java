package org.coltrain.sim.study;

import org.coltrain.sim.serve.sched.Scheduler;

/**
 * What a searched design is optimised for: the highest capacity of the mix served with {@code scheduler};
 * {@code trains} keeps only candidates whose datapath can also train.
 */
public record DesignRole(String name, Scheduler scheduler, boolean trains) {
}
