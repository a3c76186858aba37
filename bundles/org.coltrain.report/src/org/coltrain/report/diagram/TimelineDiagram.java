package org.coltrain.report.diagram;

import static org.coltrain.report.diagram.Svg.esc;
import static org.coltrain.report.diagram.Svg.n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.report.diagram.Mappings.BarMapping;
import org.coltrain.report.diagram.Mappings.ConditionalStyle;
import org.coltrain.report.expr.ExpressionException;
import org.coltrain.report.expr.Scope;
import org.coltrain.report.expr.Values;

/**
 * A timeline description interpreted and drawn: one bar per element from {@code start} to {@code end} (seconds)
 * in the lane its {@code lane} expression names (lanes in order of first appearance), on a shared time axis in
 * microseconds from the first bar. Positions come from time, not from a layout algorithm.
 */
public final class TimelineDiagram {

    /** One bar: its lane, times in seconds, tooltip and style. */
    public record Bar(String lane, double startS, double endS, String label, Style style) {
    }

    private static final double PLOT_W = 1100, LANE_H = 26, BAR_H = 18, TITLE_H = 28, AXIS_H = 30, LEGEND_H = 36;

    private TimelineDiagram() {
    }

    public static List<Bar> interpret(DiagramDescription d, Scope globals) {
        BarMapping m = d.bars();
        List<Bar> bars = new ArrayList<>();
        Object all = guard(d, "bars.for", () -> m.forEach().eval(globals));
        List<?> elements = all instanceof Collection<?> c ? new ArrayList<>(c) : all == null ? List.of() : List.of(all);
        for (Object element : elements) {
            Scope s = globals.withSelf(element);
            String lane = Values.text(guard(d, "bars.lane", () -> m.lane().eval(s)));
            Double start = guard(d, "bars.start", () -> Values.number(m.start().eval(s)));
            Double end = guard(d, "bars.end", () -> Values.number(m.end().eval(s)));
            if (start == null || end == null) continue;
            Style style = m.style();
            if (m.colorScale() != null) {
                Double v = guard(d, "bars.colorScale.value", () -> Values.number(m.colorScale().value().eval(s)));
                if (v != null && !v.isNaN()) style = style.over(new Style(m.colorScale().colorAt(v), null, null, null, null, null, null));
            }
            for (ConditionalStyle c : m.conditionalStyles())
                if (guard(d, "bars.conditionalStyles.when", () -> Values.truthy(c.when().eval(s)))) style = style.over(c.style());
            bars.add(new Bar(lane, start, end, guard(d, "bars.label", () -> m.label().eval(s)), style));
        }
        return bars;
    }

    public static String render(DiagramDescription d, List<Bar> bars) {
        Map<String, Integer> lanes = new LinkedHashMap<>();
        double t0 = Double.POSITIVE_INFINITY, t1 = Double.NEGATIVE_INFINITY;
        for (Bar bar : bars) {
            lanes.putIfAbsent(bar.lane(), lanes.size());
            t0 = Math.min(t0, bar.startS());
            t1 = Math.max(t1, bar.endS());
        }
        if (bars.isEmpty()) t0 = t1 = 0;
        double labelW = 16;
        for (String lane : lanes.keySet()) labelW = Math.max(labelW, TextMetrics.width(lane, 12) + 16);
        double spanUs = Math.max((t1 - t0) * 1e6, 1e-3), scale = PLOT_W / spanUs;
        ColorScale colors = d.bars().colorScale();
        double width = labelW + PLOT_W + 24, height = TITLE_H + lanes.size() * LANE_H + AXIS_H + 8 + (colors != null ? LEGEND_H : 0);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" font-family=\"").append(Svg.FONT)
                .append("\" data-diagram=\"").append(esc(d.name())).append("\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append("<text x=\"12\" y=\"19\" font-size=\"15\" font-weight=\"bold\">").append(esc(d.title())).append("</text>\n");
        if (bars.isEmpty())
            b.append("<text x=\"12\" y=\"").append(n(TITLE_H + 16)).append("\" font-size=\"12\">no work intervals recorded</text>\n");
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            double y = TITLE_H + lane.getValue() * LANE_H;
            b.append("<rect x=\"").append(n(labelW)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(PLOT_W))
                    .append("\" height=\"").append(n(LANE_H)).append("\" fill=\"").append(lane.getValue() % 2 == 0 ? "#f7f7f7" : "#ffffff")
                    .append("\"/>\n<text x=\"").append(n(labelW - 8)).append("\" y=\"").append(n(y + LANE_H / 2 + 4))
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(lane.getKey())).append("</text>\n");
        }
        for (Bar bar : bars) {
            Style s = Style.DEFAULT.over(bar.style());
            double x = labelW + (bar.startS() - t0) * 1e6 * scale, w = (bar.endS() - bar.startS()) * 1e6 * scale;
            double y = TITLE_H + lanes.get(bar.lane()) * LANE_H + (LANE_H - BAR_H) / 2;
            b.append("<rect class=\"node bar\" data-node=\"bar\" data-parent=\"").append(esc(bar.lane())).append("\" x=\"").append(n(x))
                    .append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(BAR_H))
                    .append("\" fill=\"").append(esc(s.fill())).append('"');
            if (bar.style().stroke() != null) b.append(" stroke=\"").append(esc(s.stroke())).append("\" stroke-width=\"0.5\"");
            b.append("><title>").append(esc(bar.label())).append("</title></rect>\n");
        }
        double axisY = TITLE_H + lanes.size() * LANE_H;
        b.append("<line x1=\"").append(n(labelW)).append("\" y1=\"").append(n(axisY)).append("\" x2=\"").append(n(labelW + PLOT_W))
                .append("\" y2=\"").append(n(axisY)).append("\" stroke=\"#333\"/>\n");
        // ticks in us for a scheduler's intervals, in ms or s for a stream of queries over seconds
        double unitUs = spanUs >= 1e7 ? 1e6 : spanUs >= 1e4 ? 1e3 : 1;
        String unit = unitUs == 1e6 ? "s" : unitUs == 1e3 ? "ms" : "us";
        double step = niceStep(spanUs / unitUs / 8);
        for (double t = 0; t <= spanUs / unitUs + 1e-9; t += step) {
            double x = labelW + t * unitUs * scale;
            b.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(axisY)).append("\" x2=\"").append(n(x)).append("\" y2=\"")
                    .append(n(axisY + 4)).append("\" stroke=\"#333\"/><text x=\"").append(n(x)).append("\" y=\"").append(n(axisY + 16))
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(esc(Values.text(Math.round(t * 1000) / 1000.0)))
                    .append("</text>\n");
        }
        b.append("<text x=\"").append(n(labelW + PLOT_W)).append("\" y=\"").append(n(axisY + 28))
                .append("\" font-size=\"10\" text-anchor=\"end\">time since the first bar (").append(unit).append(")</text>\n");
        if (colors != null) DiagramSvg.legend(b, colors, labelW, axisY + AXIS_H + 4);
        b.append("</svg>\n");
        return b.toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 5, 10 }) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static <T> T guard(DiagramDescription d, String at, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (ExpressionException e) {
            throw new DescriptionException(d.source() + ": " + at + ": " + e.getMessage());
        }
    }
}
