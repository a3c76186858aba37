package org.coltrain.report.diagram;

/**
 * How a node, edge or bar looks; null parts inherit. {@link #over} lays a conditional style over a base one.
 * Colours are CSS colours as written in the description.
 */
public record Style(String fill, String stroke, Double strokeWidth, String textColor, Double fontSize, String dash,
        Double cornerRadius) {

    public static final Style NONE = new Style(null, null, null, null, null, null, null);
    public static final Style DEFAULT = new Style("#ffffff", "#333333", 1.0, "#111111", 12.0, null, 4.0);

    /** This style with every part {@code top} sets replaced by {@code top}'s. */
    public Style over(Style top) {
        return new Style(pick(top.fill, fill), pick(top.stroke, stroke), pick(top.strokeWidth, strokeWidth),
                pick(top.textColor, textColor), pick(top.fontSize, fontSize), pick(top.dash, dash),
                pick(top.cornerRadius, cornerRadius));
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }
}
