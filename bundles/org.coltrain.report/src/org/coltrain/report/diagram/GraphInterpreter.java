package org.coltrain.report.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coltrain.report.diagram.DiagramGraph.Edge;
import org.coltrain.report.diagram.DiagramGraph.Node;
import org.coltrain.report.diagram.Mappings.ConditionalStyle;
import org.coltrain.report.diagram.Mappings.EdgeMapping;
import org.coltrain.report.diagram.Mappings.NodeMapping;
import org.coltrain.report.expr.Expression;
import org.coltrain.report.expr.ExpressionException;
import org.coltrain.report.expr.Scope;
import org.coltrain.report.expr.Values;

/**
 * Interprets a graph description over model elements: node mappings top-down (children with {@code self} = the
 * container's element), then edge mappings, whose ends are looked up by element identity among the nodes made.
 */
public final class GraphInterpreter {

    private final DiagramDescription description;
    private final Map<Object, String> nodeOfElement = new IdentityHashMap<>();
    private final Set<ColorScale> legends = new LinkedHashSet<>();
    private int nextId;

    private GraphInterpreter(DiagramDescription description) {
        this.description = description;
    }

    /** The graph for {@code globals} (e.g. experiment and result); errors name the description and the mapping. */
    public static DiagramGraph interpret(DiagramDescription description, Scope globals) {
        if (description.kind() != DiagramDescription.Kind.GRAPH)
            throw new IllegalArgumentException(description.name() + " is not a graph description");
        return new GraphInterpreter(description).run(globals);
    }

    private DiagramGraph run(Scope globals) {
        List<Node> nodes = new ArrayList<>();
        for (NodeMapping m : description.nodes()) nodes.addAll(nodes(m, globals));
        List<Edge> edges = new ArrayList<>();
        for (EdgeMapping m : description.edges()) edges.addAll(edges(m, globals));
        return new DiagramGraph(description.name(), description.title(), description.direction(), description.wrap(), nodes, edges,
                new ArrayList<>(legends));
    }

    private List<Node> nodes(NodeMapping m, Scope scope) {
        List<Node> out = new ArrayList<>();
        for (Object element : elements(m.forEach(), scope, m.id() + ".for")) {
            Scope bound = scope.withSelf(element);
            for (Map.Entry<String, Expression> let : m.let().entrySet()) {
                Scope at = bound;
                bound = bound.with(let.getKey(), guard(() -> let.getValue().eval(at), m.id() + ".let." + let.getKey()));
            }
            Scope s = bound;
            String id = "n" + nextId++;
            nodeOfElement.putIfAbsent(element, id);
            List<Node> children = new ArrayList<>();
            for (NodeMapping c : m.children()) children.addAll(nodes(c, s));
            String label = guard(() -> m.label().eval(s), m.id() + ".label");
            Style style = style(m.style(), m.colorScale(), m.conditionalStyles(), s, m.id(), false);
            out.add(new Node(id, m.id(), List.of(label.split("\n", -1)), style, children));
        }
        return out;
    }

    private List<Edge> edges(EdgeMapping m, Scope scope) {
        List<Edge> out = new ArrayList<>();
        for (Object element : elements(m.forEach(), scope, m.id() + ".for")) {
            Scope s = scope.withSelf(element);
            List<Object> sources = elements(m.source(), s, m.id() + ".source");
            List<Object> targets = elements(m.target(), s, m.id() + ".target");
            String label = null;
            Style style = null;
            for (Object from : sources) {
                for (Object to : targets) {
                    String a = nodeOfElement.get(from), b = nodeOfElement.get(to);
                    if (a == null || b == null) continue;
                    if (label == null) {
                        label = guard(() -> m.label().eval(s), m.id() + ".label");
                        style = style(m.style(), m.colorScale(), m.conditionalStyles(), s, m.id(), true);
                    }
                    out.add(new Edge("e" + nextId++, m.id(), a, b, label, style));
                }
            }
        }
        return out;
    }

    /** Base, then the colour scale (an edge's line, a node's fill), then each conditional style that applies. */
    private Style style(Style base, ColorScale scale, List<ConditionalStyle> conditionals, Scope s, String mapping, boolean edge) {
        Style style = base;
        if (scale != null) {
            Double v = guard(() -> Values.number(scale.value().eval(s)), mapping + ".colorScale.value");
            if (v != null && !v.isNaN()) {
                String c = scale.colorAt(v);
                style = style.over(edge ? new Style(null, c, 2.5, null, null, null, null) : new Style(c, null, null, null, null, null, null));
                legends.add(scale);
            }
        }
        for (ConditionalStyle c : conditionals)
            if (guard(() -> Values.truthy(c.when().eval(s)), mapping + ".conditionalStyles.when")) style = style.over(c.style());
        return style;
    }

    private List<Object> elements(Expression e, Scope scope, String at) {
        Object v = guard(() -> e.eval(scope), at);
        if (v == null) return List.of();
        if (v instanceof Collection<?> c) return new ArrayList<>(c);
        return List.of(v);
    }

    private <T> T guard(java.util.function.Supplier<T> f, String at) {
        try {
            return f.get();
        } catch (ExpressionException e) {
            throw new DescriptionException(description.source() + ": mapping " + at + ": " + e.getMessage());
        }
    }
}
