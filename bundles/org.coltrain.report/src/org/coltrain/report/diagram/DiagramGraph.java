package org.coltrain.report.diagram;

import java.util.List;

/**
 * A description interpreted over a model: nodes (a node with children is a container), edges between node ids,
 * and the colour scales used, for the legend; {@code wrap}: a long chain may be cut into rows placed side by side.
 * No positions yet; {@link ElkLayout} adds them.
 */
public record DiagramGraph(String name, String title, String direction, boolean wrap, List<Node> nodes, List<Edge> edges,
        List<ColorScale> legends) {

    public DiagramGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legends = List.copyOf(legends);
    }

    /** {@code mapping} is the id of the node mapping that made it (a CSS class in the SVG). */
    public record Node(String id, String mapping, List<String> lines, Style style, List<Node> children) {
        public Node {
            lines = List.copyOf(lines);
            children = List.copyOf(children);
        }
    }

    public record Edge(String id, String mapping, String source, String target, String label, Style style) {
    }
}
