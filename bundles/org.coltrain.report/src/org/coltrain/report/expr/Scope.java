package org.coltrain.report.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * The names an expression can use: {@code self} (the element a mapping is evaluated for), the global variables
 * (for a run report {@code experiment} and {@code result}) and any other binding. A bare name that is not a
 * variable is a feature of {@code self}, so a label can say {@code name} for {@code self.name}.
 */
public final class Scope {

    private final Map<String, Object> variables;

    private Scope(Map<String, Object> variables) {
        this.variables = variables;
    }

    public static Scope of(Map<String, Object> globals) {
        return new Scope(new HashMap<>(globals));
    }

    /** This scope with {@code self} (and {@code parent}, the previous self) rebound. */
    public Scope withSelf(Object self) {
        Map<String, Object> v = new HashMap<>(variables);
        v.put("parent", variables.get("self"));
        v.put("self", self);
        return new Scope(v);
    }

    /** This scope with one more name (a description's {@code let}). */
    public Scope with(String name, Object value) {
        Map<String, Object> v = new HashMap<>(variables);
        v.put(name, value);
        return new Scope(v);
    }

    boolean has(String name) {
        return variables.containsKey(name);
    }

    Object get(String name) {
        return variables.get(name);
    }

    Object self() {
        return variables.get("self");
    }
}
