package org.coltrain.onnx;

import java.util.List;

/** A model the importer cannot take, with every reason found, each naming the node (index, name, operator). */
public final class OnnxImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public OnnxImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public OnnxImportException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
