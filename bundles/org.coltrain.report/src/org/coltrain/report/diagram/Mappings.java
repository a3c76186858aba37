package org.coltrain.report.diagram;

import java.util.List;
import java.util.Map;

import org.coltrain.report.expr.Expression;
import org.coltrain.report.expr.Template;

/** The parts of a description, as read from its file: each says which elements become what, and how they look. */
public final class Mappings {

    private Mappings() {
    }

    /** A style that applies to the elements for which {@code when} is true; later ones win. */
    public record ConditionalStyle(Expression when, Style style) {
    }

    /**
     * One node per element of {@code forEach} (evaluated with {@code self} = the parent node's element, which the
     * node's own expressions see as {@code parent}); a node with {@code children} mappings is a container. {@code let}
     * names values computed once per element, in order, for the label, styles and children.
     */
    public record NodeMapping(String id, Expression forEach, Map<String, Expression> let, Template label, Style style,
            List<ConditionalStyle> conditionalStyles, ColorScale colorScale, List<NodeMapping> children) {
        public NodeMapping {
            let = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(let));
            conditionalStyles = List.copyOf(conditionalStyles);
            children = List.copyOf(children);
        }
    }

    /**
     * One edge per element of {@code forEach} and per pair of the elements {@code source} and {@code target} give
     * (each may be one element or a list); an end whose element has no node is left out.
     */
    public record EdgeMapping(String id, Expression forEach, Expression source, Expression target, Template label,
            Style style, List<ConditionalStyle> conditionalStyles, ColorScale colorScale) {
        public EdgeMapping {
            conditionalStyles = List.copyOf(conditionalStyles);
        }
    }

    /**
     * Timeline: one bar per element, in the lane its {@code lane} names, from {@code start} to {@code end} seconds,
     * filled by {@code colorScale} when there is one.
     */
    public record BarMapping(Expression forEach, Expression lane, Expression start, Expression end, Template label,
            Style style, List<ConditionalStyle> conditionalStyles, ColorScale colorScale) {
        public BarMapping {
            conditionalStyles = List.copyOf(conditionalStyles);
        }
    }
}
