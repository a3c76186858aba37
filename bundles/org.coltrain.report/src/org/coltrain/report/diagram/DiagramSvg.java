package org.coltrain.report.diagram;

import static org.coltrain.report.diagram.Svg.esc;
import static org.coltrain.report.diagram.Svg.n;

import java.util.List;

import org.coltrain.report.diagram.LaidOutDiagram.Box;
import org.coltrain.report.diagram.LaidOutDiagram.Path;

/**
 * Renders a laid-out diagram as standalone SVG: a title, containers and nodes (each rect carries
 * {@code class="node"}, {@code data-node} and {@code data-parent}, which the tests use), edges with arrow heads and
 * labels, and a legend per colour scale.
 */
public final class DiagramSvg {

    private static final double TITLE_H = 28, LEGEND_H = 36;

    private DiagramSvg() {
    }

    public static String render(LaidOutDiagram d) {
        DiagramGraph g = d.graph();
        double width = Math.max(d.width(), 420);
        double height = TITLE_H + d.height() + g.legends().size() * LEGEND_H;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" font-family=\"")
                .append(Svg.FONT).append("\" data-diagram=\"").append(esc(g.name())).append("\">\n");
        b.append("<defs><marker id=\"arrow-").append(Svg.cls(g.name()))
                .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append("<text x=\"12\" y=\"19\" font-size=\"15\" font-weight=\"bold\">").append(esc(g.title())).append("</text>\n");
        b.append("<g transform=\"translate(0,").append(n(TITLE_H)).append(")\">\n");
        for (Box box : d.boxes()) box(b, box);
        for (Path p : d.paths()) path(b, p, g.name());
        b.append("</g>\n");
        double ly = TITLE_H + d.height() + 4;
        for (ColorScale s : g.legends()) {
            legend(b, s, 12, ly);
            ly += LEGEND_H;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void box(StringBuilder b, Box box) {
        Style s = Style.DEFAULT.over(box.node().style());
        boolean container = !box.node().children().isEmpty();
        b.append("<rect class=\"node ").append(Svg.cls(box.node().mapping())).append("\" data-node=\"").append(box.node().id())
                .append("\" data-parent=\"").append(box.parent() == null ? "" : box.parent()).append("\" x=\"").append(n(box.x()))
                .append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.width())).append("\" height=\"")
                .append(n(box.height())).append("\" rx=\"").append(n(s.cornerRadius())).append("\" fill=\"").append(esc(s.fill()))
                .append("\" stroke=\"").append(esc(s.stroke())).append("\" stroke-width=\"").append(n(s.strokeWidth())).append('"');
        if (s.dash() != null) b.append(" stroke-dasharray=\"").append(esc(s.dash())).append('"');
        b.append("/>\n");
        List<String> lines = box.node().lines();
        double font = s.fontSize(), lineH = TextMetrics.LINE_EM * font;
        double y0 = container ? box.y() + TextMetrics.PADDING / 2 + font
                : box.y() + (box.height() - lines.size() * lineH) / 2 + font;
        for (int i = 0; i < lines.size(); i++) {
            b.append("<text x=\"").append(n(container ? box.x() + TextMetrics.PADDING : box.x() + box.width() / 2)).append("\" y=\"")
                    .append(n(y0 + i * lineH)).append("\" font-size=\"").append(n(font)).append("\" fill=\"").append(esc(s.textColor()))
                    .append('"').append(container ? "" : " text-anchor=\"middle\"")
                    .append(container && i == 0 ? " font-weight=\"bold\"" : "").append('>').append(esc(lines.get(i))).append("</text>\n");
        }
    }

    private static void path(StringBuilder b, Path p, String diagram) {
        double[] pts = p.points();
        if (pts.length < 4) return;
        Style s = Style.DEFAULT.over(p.edge().style() != null ? p.edge().style() : Style.NONE);
        b.append("<path class=\"edge ").append(Svg.cls(p.edge().mapping())).append("\" d=\"M");
        for (int i = 0; i < pts.length; i += 2) b.append(i == 0 ? " " : " L ").append(n(pts[i])).append(' ').append(n(pts[i + 1]));
        String stroke = p.edge().style() != null && p.edge().style().stroke() != null ? s.stroke() : "#555555";
        b.append("\" fill=\"none\" stroke=\"").append(esc(stroke)).append("\" stroke-width=\"").append(n(s.strokeWidth()))
                .append("\" marker-end=\"url(#arrow-").append(Svg.cls(diagram)).append(")\"");
        if (s.dash() != null) b.append(" stroke-dasharray=\"").append(esc(s.dash())).append('"');
        b.append("/>\n");
        String label = p.edge().label();
        if (label != null && !label.isEmpty() && !Double.isNaN(p.labelX())) {
            double font = s.fontSize() - 1, lineH = TextMetrics.LINE_EM * font;
            String[] lines = label.split("\n", -1);
            for (int i = 0; i < lines.length; i++)
                b.append("<text x=\"").append(n(p.labelX() + 2)).append("\" y=\"").append(n(p.labelY() + font + i * lineH))
                        .append("\" font-size=\"").append(n(font)).append("\" fill=\"").append(esc(s.textColor()))
                        .append("\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">").append(esc(lines[i])).append("</text>\n");
        }
    }

    static void legend(StringBuilder b, ColorScale s, double x, double y) {
        String id = "scale-" + Svg.cls(s.legend()) + "-" + Math.abs(s.hashCode());
        b.append("<defs><linearGradient id=\"").append(id).append("\"><stop offset=\"0\" stop-color=\"").append(s.from())
                .append("\"/><stop offset=\"1\" stop-color=\"").append(s.to()).append("\"/></linearGradient></defs>\n");
        b.append("<text x=\"").append(n(x + 172)).append("\" y=\"").append(n(y + 23)).append("\" font-size=\"11\">").append(esc(s.legend()))
                .append("</text>\n");
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 14)).append("\" width=\"160\" height=\"10\" fill=\"url(#")
                .append(id).append(")\" stroke=\"#999\"/>\n");
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 34)).append("\" font-size=\"9\">")
                .append(esc(org.coltrain.report.expr.Values.text(s.min()))).append("</text>\n");
        b.append("<text x=\"").append(n(x + 160)).append("\" y=\"").append(n(y + 34)).append("\" font-size=\"9\" text-anchor=\"end\">")
                .append(esc(org.coltrain.report.expr.Values.text(s.max()))).append("</text>\n");
    }
}
