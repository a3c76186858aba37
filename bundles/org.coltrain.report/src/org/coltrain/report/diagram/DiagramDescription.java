package org.coltrain.report.diagram;

import java.util.List;

import org.coltrain.report.diagram.Mappings.BarMapping;
import org.coltrain.report.diagram.Mappings.EdgeMapping;
import org.coltrain.report.diagram.Mappings.NodeMapping;

/**
 * A diagram described as data (a JSON file, see {@code descriptions/} and {@link DescriptionReader}): a
 * {@code graph} of nodes, containers and edges laid out by ELK in {@code direction}, or a {@code timeline} of bars
 * in lanes on a time axis. {@code element} is the keyword of the runnable element whose runs it draws (experiment,
 * mapping, serving, cluster), which decides the names it sees besides {@code result}; {@code wrap} lets the layout cut
 * a long chain into rows side by side (ELK Layered's graph wrapping). {@code source} is where it was
 * read from, for messages.
 */
public record DiagramDescription(String name, String title, Kind kind, String element, String direction, boolean wrap, List<NodeMapping> nodes,
        List<EdgeMapping> edges, BarMapping bars, String source) {

    public enum Kind { GRAPH, TIMELINE }

    public DiagramDescription {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
