package org.coltrain.report.diagram;

import org.coltrain.report.expr.Scope;

/** A description interpreted over a model and drawn as SVG, whichever its kind. */
public final class DiagramRenderer {

    private DiagramRenderer() {
    }

    public static String svg(DiagramDescription d, Scope globals) {
        return switch (d.kind()) {
            case GRAPH -> DiagramSvg.render(ElkLayout.layout(GraphInterpreter.interpret(d, globals)));
            case TIMELINE -> TimelineDiagram.render(d, TimelineDiagram.interpret(d, globals));
        };
    }
}
