package org.coltrain.dsl.parser;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A literal that is not a valid value, with the reason in the DSL's words ("expects a whole number, not '2.5'");
 * the syntax error message provider puts the attribute's keyword in front ("'cols' of array 'main' ...").
 */
public final class ColtrainValueException extends ValueConverterException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public ColtrainValueException(String reason, INode node) {
        super(reason, node, null);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
