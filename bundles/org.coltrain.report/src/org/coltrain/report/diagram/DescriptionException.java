package org.coltrain.report.diagram;

/** A description file the reader or the interpreter cannot use; the message names the file, the entry and the fix. */
public final class DescriptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DescriptionException(String message) {
        super(message);
    }
}
