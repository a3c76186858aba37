package org.coltrain.report;

import static org.coltrain.report.diagram.Svg.esc;

import java.util.List;

/** A self-contained HTML page: inline CSS, SVG figures inline, no scripts and no external files. */
final class HtmlPage {

    private final StringBuilder b = new StringBuilder();

    HtmlPage(String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1200px;color:#222;padding:0 16px}\n")
                .append("h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}\n")
                .append("table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right;font-size:13px}\n")
                .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}.bad{color:#b00020;font-weight:bold}.ok{color:#2a7a2a}\n")
                .append("figure{margin:12px 0;overflow-x:auto}figure svg{max-width:100%;height:auto}figcaption{font-size:12px;color:#555}\n")
                .append(".plots{display:flex;flex-wrap:wrap;gap:12px}.plots figure{flex:1 1 540px}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    HtmlPage heading(String text) {
        b.append("<h2>").append(esc(text)).append("</h2>\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        b.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** Cells are escaped; a cell starting with "!" is shown as a problem, "+" as fine. */
    HtmlPage table(List<String> header, List<List<String>> rows) {
        b.append("<table>\n<tr>");
        for (String h : header) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String c : row) {
                if (c.startsWith("!")) b.append("<td class=\"bad\">").append(esc(c.substring(1))).append("</td>");
                else if (c.startsWith("+")) b.append("<td class=\"ok\">").append(esc(c.substring(1))).append("</td>");
                else b.append("<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        return this;
    }

    /** An SVG inline (its XML prolog, if any, removed), with a caption. */
    HtmlPage figure(String svg, String caption) {
        String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
        b.append("<figure>\n").append(body);
        if (!body.endsWith("\n")) b.append('\n');
        b.append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
        return this;
    }

    HtmlPage raw(String html) {
        b.append(html);
        return this;
    }

    String html() {
        return b + "</body>\n</html>\n";
    }
}
