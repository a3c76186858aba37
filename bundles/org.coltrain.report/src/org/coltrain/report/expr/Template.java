package org.coltrain.report.expr;

import java.util.ArrayList;
import java.util.List;

/** A label with {@code ${expression}} parts, parsed once; {@code \n} in the text breaks lines. */
public record Template(List<Object> parts) {

    public Template {
        parts = List.copyOf(parts);
    }

    public static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf("${", pos);
            if (start < 0) {
                parts.add(text.substring(pos));
                break;
            }
            if (start > pos) parts.add(text.substring(pos, start));
            int end = text.indexOf('}', start);
            if (end < 0) throw new ExpressionException("'${' without '}' in '" + text + "'");
            parts.add(Expression.parse(text.substring(start + 2, end)));
            pos = end + 1;
        }
        return new Template(parts);
    }

    public String eval(Scope scope) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) b.append(p instanceof Expression e ? Values.text(e.eval(scope)) : (String) p);
        return b.toString();
    }
}
