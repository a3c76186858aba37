package org.coltrain.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.run.OutputFiles;
import org.coltrain.report.diagram.DiagramDescription;
import org.coltrain.report.diagram.DiagramRenderer;
import org.coltrain.report.expr.Scope;

/** What every report page shares: the diagrams of its element's descriptions and the plots, inline and as svg/NAME.svg. */
final class ReportPages {

    private ReportPages() {
    }

    /** Every description of {@code descriptions} drawn, by name. */
    static Map<String, String> diagrams(List<DiagramDescription> descriptions, Scope scope) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DiagramDescription d : descriptions) out.put(d.name(), DiagramRenderer.svg(d, scope));
        return out;
    }

    /** The "Diagrams" section; {@code note} adds a sentence to a description's caption (null: none). */
    static void diagrams(HtmlPage page, List<DiagramDescription> descriptions, Map<String, String> svgs,
            java.util.function.Function<DiagramDescription, String> note) {
        if (descriptions.isEmpty()) return;
        page.heading("Diagrams");
        for (DiagramDescription d : descriptions) {
            String extra = note.apply(d);
            page.figure(svgs.get(d.name()), d.title() + " (description " + d.source() + ")." + (extra == null ? "" : " " + extra));
        }
    }

    /** The "Plots" section, side by side. */
    static void plots(HtmlPage page, Map<String, String> plots) {
        if (plots.isEmpty()) return;
        page.heading("Plots");
        page.raw("<div class=\"plots\">\n");
        for (Map.Entry<String, String> e : plots.entrySet()) page.figure(e.getValue(), e.getKey() + ".svg");
        page.raw("</div>\n");
    }

    /** {@code v} with a printf pattern, in the root locale (a dot for the decimals). */
    static String f(double v, String pattern) {
        return String.format(java.util.Locale.ROOT, pattern, v);
    }

    /** A number as labels show it: integers without a fraction, others with 4 significant digits. */
    static String num(double v) {
        return org.coltrain.report.expr.Values.text(v);
    }

    /** svg/NAME.svg for every diagram and plot. */
    static void svgFiles(OutputFiles files, Map<String, String> diagrams, Map<String, String> plots) throws IOException {
        for (Map.Entry<String, String> e : diagrams.entrySet()) files.writeString("svg/" + e.getKey() + ".svg", e.getValue());
        for (Map.Entry<String, String> e : plots.entrySet()) files.writeString("svg/" + e.getKey() + ".svg", e.getValue());
    }
}
