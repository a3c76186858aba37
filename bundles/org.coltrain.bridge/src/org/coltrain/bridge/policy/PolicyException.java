package org.coltrain.bridge.policy;

import java.util.List;

/**
 * A user-written policy cannot be used: its source is missing, does not compile, does not implement the scheduler
 * interface, or rejects its settings. The message has one line per problem, each {@code file:line: message}.
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PolicyException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public PolicyException(String problem) {
        this(List.of(problem));
    }

    /** One {@code file:line: message} per problem. */
    public List<String> problems() {
        return problems;
    }
}
