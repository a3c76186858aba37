package org.coltrain.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coltrain.model.Element;
import org.coltrain.model.ElementResult;
import org.coltrain.report.expr.Scope;

/**
 * The names a description sees: {@code result} (the run's result in the results metamodel), {@code element} (the
 * model element that was run) and the element once more under its keyword ({@code experiment}, {@code mapping},
 * {@code serving}, {@code cluster}), so a description says {@code experiment.accelerator}.
 */
public final class ReportScope {

    private ReportScope() {
    }

    public static Scope of(String keyword, Element element, ElementResult result) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put(keyword, element);
        globals.put("element", element);
        globals.put("result", result);
        globals.put("self", null);
        return Scope.of(globals);
    }
}
