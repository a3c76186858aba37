package org.coltrain.report.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.report.diagram.DiagramGraph.Edge;
import org.coltrain.report.diagram.DiagramGraph.Node;
import org.coltrain.report.diagram.LaidOutDiagram.Box;
import org.coltrain.report.diagram.LaidOutDiagram.Path;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link DiagramGraph} out with ELK Layered (containers laid out together with their contents, so edges may
 * cross container borders) and returns absolute coordinates. Leaf nodes are sized to their text; containers to
 * their contents plus a title band.
 */
public final class ElkLayout {

    private static final double NODE_SPACING = 24, LAYER_SPACING = 40, MARGIN = 12, WRAP_ASPECT_RATIO = 1.6;

    static {
        // Plain JVM and OSGi alike: register the algorithm explicitly rather than rely on service discovery.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkLayout() {
    }

    public static LaidOutDiagram layout(DiagramGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.valueOf(graph.direction()));
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        if (graph.wrap()) {
            // a long chain (a network's layers) cut into chunks side by side, about as wide as a report page is high
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            root.setProperty(CoreOptions.ASPECT_RATIO, WRAP_ASPECT_RATIO);
        }
        Map<String, ElkNode> elk = new HashMap<>();
        for (Node n : graph.nodes()) add(root, n, graph.direction(), elk);
        Map<Edge, ElkEdge> edges = new java.util.IdentityHashMap<>();
        for (Edge e : graph.edges()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(elk.get(e.source()), elk.get(e.target()));
            if (e.label() != null && !e.label().isEmpty()) {
                double font = size(e.style());
                List<String> lines = List.of(e.label().split("\n", -1));
                ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
                label.setDimensions(TextMetrics.width(lines, font) + 4, TextMetrics.height(lines.size(), font));
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(e, edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>();
        for (Node n : graph.nodes()) boxes(n, null, elk, 0, 0, boxes);
        List<Path> paths = new ArrayList<>();
        for (Edge e : graph.edges()) paths.add(path(e, edges.get(e)));
        return new LaidOutDiagram(graph, root.getWidth(), root.getHeight(), boxes, paths);
    }

    private static void add(ElkNode parent, Node n, String direction, Map<String, ElkNode> elk) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        elk.put(n.id(), node);
        double font = size(n.style());
        double textW = TextMetrics.width(n.lines(), font) + 2 * TextMetrics.PADDING;
        double textH = TextMetrics.height(n.lines().size(), font) + TextMetrics.PADDING;
        if (n.children().isEmpty()) {
            node.setDimensions(textW, textH + TextMetrics.PADDING);
        } else {
            node.setProperty(CoreOptions.PADDING, new ElkPadding(textH + 6, 10, 10, 10));
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(textW, textH + 20));
            node.setProperty(CoreOptions.DIRECTION, Direction.valueOf(direction));
            for (Node c : n.children()) add(node, c, direction, elk);
        }
        node.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        parent.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        parent.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    }

    private static void boxes(Node n, String parent, Map<String, ElkNode> elk, double ox, double oy, List<Box> out) {
        ElkNode node = elk.get(n.id());
        double x = ox + node.getX(), y = oy + node.getY();
        out.add(new Box(n, parent, x, y, node.getWidth(), node.getHeight()));
        for (Node c : n.children()) boxes(c, n.id(), elk, x, y, out);
    }

    private static Path path(Edge e, ElkEdge edge) {
        double ox = 0, oy = 0;
        for (ElkNode c = edge.getContainingNode(); c != null && c.getParent() != null; c = c.getParent()) {
            ox += c.getX();
            oy += c.getY();
        }
        List<Double> pts = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            pts.add(ox + s.getStartX());
            pts.add(oy + s.getStartY());
            for (ElkBendPoint p : s.getBendPoints()) {
                pts.add(ox + p.getX());
                pts.add(oy + p.getY());
            }
            pts.add(ox + s.getEndX());
            pts.add(oy + s.getEndY());
        }
        double lx = Double.NaN, ly = Double.NaN;
        if (!edge.getLabels().isEmpty()) {
            lx = ox + edge.getLabels().get(0).getX();
            ly = oy + edge.getLabels().get(0).getY();
        }
        return new Path(e, pts.stream().mapToDouble(Double::doubleValue).toArray(), lx, ly);
    }

    static double size(Style s) {
        return s != null && s.fontSize() != null ? s.fontSize() : Style.DEFAULT.fontSize();
    }
}
