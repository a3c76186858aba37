package org.coltrain.sim.array.scalesim;

/** A SCALE-Sim input the user must fix: which file, which line (1-based), what is wrong and what to change. */
public final class ScaleSimFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public ScaleSimFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() { return file; }

    public int line() { return line; }

    /** The message without the location. */
    public String problem() { return problem; }
}
