package org.coltrain.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The model (or another input the user wrote) has errors; they were printed with file and line. */
    public static final int MODEL_ERRORS = 1;
    /** Wrong arguments, or a file that does not exist or cannot be read. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
