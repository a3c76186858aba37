package org.coltrain.ui.launch;

/** The attributes of a "ColTraIn Simulation" launch configuration; the names match the CLI's options. */
public final class LaunchAttributes {

    public static final String TYPE = "org.coltrain.ui.simulation";
    /** Workspace path of the .coltrain model, e.g. /Equinox/equinox/equinox.coltrain. */
    public static final String MODEL = "org.coltrain.ui.model";
    /** Name of the element to run (experiment, mapping, serving block, cluster, study, explore); empty: the only one of the model. */
    public static final String ELEMENT = "org.coltrain.ui.experiment";
    /** What to run it as: experiment, sweep, mapping, serving, cluster, study; empty: the element's own kind (never a sweep). */
    public static final String KIND = "org.coltrain.ui.kind";
    /** Seed as text; empty: the element's own. */
    public static final String SEED = "org.coltrain.ui.seed";
    /** Project-relative output folder; empty: out/ELEMENT (a sweep: out/ELEMENT-sweep). */
    public static final String OUTPUT = "org.coltrain.ui.output";
    /** True: generate, compile and run an experiment's class (as {@code coltrain run}); false: interpret it. */
    public static final String GENERATED = "org.coltrain.ui.generated";

    private LaunchAttributes() {
    }
}
