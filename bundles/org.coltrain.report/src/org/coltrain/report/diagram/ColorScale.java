package org.coltrain.report.diagram;

import java.util.Locale;

import org.coltrain.report.expr.Expression;

/**
 * A conditional fill that varies continuously: {@code value} evaluated per element, mapped linearly from
 * [{@code min}, {@code max}] (clamped) onto the colours {@code from} .. {@code to} (#rrggbb). {@code legend} names
 * the value under the diagram.
 */
public record ColorScale(Expression value, String valueText, double min, double max, String from, String to, String legend) {

    public String colorAt(double v) {
        double t = max > min ? Math.max(0, Math.min(1, (v - min) / (max - min))) : 0;
        int a = Integer.parseInt(from.substring(1), 16), b = Integer.parseInt(to.substring(1), 16);
        int r = mix(a >> 16, b >> 16, t), g = mix(a >> 8, b >> 8, t), bl = mix(a, b, t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * t);
    }
}
