package org.coltrain.report.diagram;

import java.util.List;

import org.coltrain.report.diagram.DiagramGraph.Edge;
import org.coltrain.report.diagram.DiagramGraph.Node;

/** A graph with absolute positions (pixels, origin top left): boxes in drawing order (containers first). */
public record LaidOutDiagram(DiagramGraph graph, double width, double height, List<Box> boxes, List<Path> paths) {

    public LaidOutDiagram {
        boxes = List.copyOf(boxes);
        paths = List.copyOf(paths);
    }

    /** {@code parent} is the container's node id, or null at the top. */
    public record Box(Node node, String parent, double x, double y, double width, double height) {
        public boolean overlaps(Box o, double tolerance) {
            return x < o.x + o.width - tolerance && o.x < x + width - tolerance && y < o.y + o.height - tolerance
                    && o.y < y + height - tolerance;
        }
    }

    /** An edge's polyline (x, y pairs) and its label's top-left corner (NaN when it has no label). */
    public record Path(Edge edge, double[] points, double labelX, double labelY) {
        public Path {
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }
    }
}
