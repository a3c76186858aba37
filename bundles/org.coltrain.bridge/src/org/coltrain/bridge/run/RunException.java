package org.coltrain.bridge.run;

/**
 * A run that cannot start or finish because of what the user wrote or asked: a trace file that does not parse, a
 * sweep point the simulator refuses, a folder that cannot take the outputs. The message names the file or value and
 * what to change; {@code usage} says whether it was the request (options, output folder) rather than the model.
 */
public final class RunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean usage, located;

    private RunException(String message, boolean usage, boolean located, Throwable cause) {
        super(message, cause);
        this.usage = usage;
        this.located = located;
    }

    /** The model (or a file it names) is at fault. */
    public static RunException model(String message, Throwable cause) {
        return new RunException(message, false, false, cause);
    }

    /** The model is at fault, and the message starts with the place (file, line): print it as it is. */
    public static RunException located(String message, Throwable cause) {
        return new RunException(message, false, true, cause);
    }

    /** The request is at fault: an option, the output folder, a missing tool. */
    public static RunException usage(String message, Throwable cause) {
        return new RunException(message, true, false, cause);
    }

    public boolean usage() {
        return usage;
    }

    /** Whether the message starts with the file (and line) it is about, so no program name goes before it. */
    public boolean located() {
        return located;
    }
}
