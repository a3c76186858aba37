package org.coltrain.report.diagram;

/**
 * Text size without a font renderer (the CLI has no display): the SVG uses a monospace font, whose advance is
 * 0.6 em in DejaVu Sans Mono, Liberation Mono and Courier, so a line of n characters is 0.6 n em wide.
 */
final class TextMetrics {

    static final double CHAR_EM = 0.6, LINE_EM = 1.3, PADDING = 8;

    private TextMetrics() {
    }

    static double width(String line, double fontSize) {
        return line.codePointCount(0, line.length()) * CHAR_EM * fontSize;
    }

    static double width(java.util.List<String> lines, double fontSize) {
        double w = 0;
        for (String l : lines) w = Math.max(w, width(l, fontSize));
        return w;
    }

    static double height(int lines, double fontSize) {
        return lines * LINE_EM * fontSize;
    }
}
