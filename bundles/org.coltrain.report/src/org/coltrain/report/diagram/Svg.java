package org.coltrain.report.diagram;

import java.util.Locale;

/** Small helpers for writing SVG text by hand: escaping and compact numbers. */
public final class Svg {

    public static final String FONT = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace";

    private Svg() {
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Two decimals, enough for pixels, and stable across runs. */
    public static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A CSS class name from a free-form id. */
    static String cls(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
