package org.coltrain.ui.launch;

/** The attributes of a "ColTraIn Simulation" launch configuration; the names match the CLI's options. */
public final class LaunchAttributes {

    public static final String TYPE = "org.coltrain.ui.simulation";
    /** Workspace path of the .coltrain model, e.g. /Equinox/equinox/equinox.coltrain. */
    public static final String MODEL = "org.coltrain.ui.model";
    /** Experiment name; empty: the only one of the model. */
    public static final String EXPERIMENT = "org.coltrain.ui.experiment";
    /** Seed as text; empty: the experiment's own. */
    public static final String SEED = "org.coltrain.ui.seed";
    /** Project-relative output folder; empty: out/EXPERIMENT. */
    public static final String OUTPUT = "org.coltrain.ui.output";
    /** True: generate, compile and run the experiment's class (as {@code coltrain run}); false: interpret it. */
    public static final String GENERATED = "org.coltrain.ui.generated";

    private LaunchAttributes() {
    }
}
