package org.coltrain.report.expr;

/** An expression that does not parse, or that asks for something the model does not have; the message says which. */
public final class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }
}
