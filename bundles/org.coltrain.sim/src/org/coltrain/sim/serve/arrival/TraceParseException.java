package org.coltrain.sim.serve.arrival;

/** A trace file a user wrote cannot be read; the message names the source, the line, and what to change. */
public final class TraceParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int lineNumber;

    public TraceParseException(String source, int lineNumber, String problem) {
        super(source + ":" + lineNumber + ": " + problem);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    public String source() { return source; }

    /** 1-based line of the offending record. */
    public int lineNumber() { return lineNumber; }
}
