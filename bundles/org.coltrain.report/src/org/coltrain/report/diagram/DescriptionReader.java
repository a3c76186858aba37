package org.coltrain.report.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coltrain.report.diagram.Mappings.BarMapping;
import org.coltrain.report.diagram.Mappings.ConditionalStyle;
import org.coltrain.report.diagram.Mappings.EdgeMapping;
import org.coltrain.report.diagram.Mappings.NodeMapping;
import org.coltrain.report.expr.Expression;
import org.coltrain.report.expr.ExpressionException;
import org.coltrain.report.expr.Template;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a diagram description (JSON). Unknown keys and bad expressions are errors naming the file and the entry
 * ({@code architecture.json: nodes[0].label: ...}), so a typo does not silently drop a style.
 */
public final class DescriptionReader {

    private static final Set<String> TOP = Set.of("name", "title", "kind", "element", "direction", "wrap", "nodes", "edges", "bars", "comment");
    /** The element keywords a description may draw the run of (see {@link DiagramDescription#element()}). */
    public static final java.util.List<String> ELEMENTS = java.util.List.of("experiment", "mapping", "serving", "cluster");
    private static final Set<String> NODE = Set.of("id", "for", "let", "label", "style", "conditionalStyles", "colorScale", "children", "comment");
    private static final Set<String> EDGE = Set.of("id", "for", "source", "target", "label", "style", "conditionalStyles", "colorScale", "comment");
    private static final Set<String> BAR = Set.of("for", "lane", "start", "end", "label", "style", "conditionalStyles", "colorScale", "comment");
    private static final Set<String> STYLE = Set.of("fill", "stroke", "strokeWidth", "textColor", "fontSize", "dash", "cornerRadius");
    private static final Set<String> SCALE = Set.of("value", "min", "max", "from", "to", "legend");
    private static final Set<String> DIRECTIONS = Set.of("RIGHT", "DOWN", "LEFT", "UP");

    private final String source;

    private DescriptionReader(String source) {
        this.source = source;
    }

    public static DiagramDescription read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new DescriptionReader(file.toString()).read(in);
        }
    }

    /** A description shipped in this bundle under {@code descriptions/NAME.json}. */
    public static DiagramDescription builtIn(String name) {
        String resource = "/descriptions/" + name + ".json";
        try (InputStream in = DescriptionReader.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing built-in description " + resource);
            return new DescriptionReader(resource).read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    DiagramDescription read(Reader in) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseReader(in);
            if (!e.isJsonObject()) throw error("", "the file must hold one JSON object");
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw error("", "not valid JSON: " + e.getMessage());
        }
        keys(o, TOP, "");
        String name = string(o, "name", "", true);
        DiagramDescription.Kind kind;
        String k = string(o, "kind", "", false);
        try {
            kind = k == null ? DiagramDescription.Kind.GRAPH : DiagramDescription.Kind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("kind", "is '" + k + "'; use 'graph' or 'timeline'");
        }
        String element = string(o, "element", "", false);
        if (element == null) element = "experiment";
        if (!ELEMENTS.contains(element)) throw error("element", "is '" + element + "'; use one of " + ELEMENTS);
        String direction = string(o, "direction", "", false);
        direction = direction == null ? "RIGHT" : direction.toUpperCase(Locale.ROOT);
        if (!DIRECTIONS.contains(direction)) throw error("direction", "is '" + direction + "'; use one of " + DIRECTIONS);
        List<NodeMapping> nodes = new ArrayList<>();
        for (int i = 0; i < array(o, "nodes", "").size(); i++)
            nodes.add(node(object(array(o, "nodes", "").get(i), "nodes[" + i + "]"), "nodes[" + i + "]"));
        List<EdgeMapping> edges = new ArrayList<>();
        for (int i = 0; i < array(o, "edges", "").size(); i++)
            edges.add(edge(object(array(o, "edges", "").get(i), "edges[" + i + "]"), "edges[" + i + "]"));
        BarMapping bars = o.has("bars") ? bars(object(o.get("bars"), "bars"), "bars") : null;
        if (kind == DiagramDescription.Kind.TIMELINE && bars == null) throw error("bars", "a timeline needs a 'bars' entry");
        if (kind == DiagramDescription.Kind.GRAPH && nodes.isEmpty()) throw error("nodes", "a graph needs at least one node mapping");
        String title = string(o, "title", "", false);
        boolean wrap = false;
        if (o.has("wrap")) {
            if (!o.get("wrap").isJsonPrimitive() || !o.get("wrap").getAsJsonPrimitive().isBoolean())
                throw error("wrap", "must be true or false");
            wrap = o.get("wrap").getAsBoolean();
        }
        return new DiagramDescription(name, title != null ? title : name, kind, element, direction, wrap, nodes, edges, bars, source);
    }

    private NodeMapping node(JsonObject o, String at) {
        keys(o, NODE, at);
        List<NodeMapping> children = new ArrayList<>();
        for (int i = 0; i < array(o, "children", at).size(); i++) {
            String child = at + ".children[" + i + "]";
            children.add(node(object(array(o, "children", at).get(i), child), child));
        }
        java.util.Map<String, Expression> let = new java.util.LinkedHashMap<>();
        if (o.has("let")) {
            JsonObject lo = object(o.get("let"), at + ".let");
            for (String name : lo.keySet()) {
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw error(at + ".let." + name, "is not a name (letters, digits, _)");
                let.put(name, expression(lo, name, at + ".let", true));
            }
        }
        return new NodeMapping(string(o, "id", at, true), expression(o, "for", at, true), let, template(o, "label", at),
                style(o, "style", at), conditionals(o, at), scale(o, at), children);
    }

    private EdgeMapping edge(JsonObject o, String at) {
        keys(o, EDGE, at);
        return new EdgeMapping(string(o, "id", at, true), expression(o, "for", at, true), expression(o, "source", at, true),
                expression(o, "target", at, true), template(o, "label", at), style(o, "style", at), conditionals(o, at), scale(o, at));
    }

    private BarMapping bars(JsonObject o, String at) {
        keys(o, BAR, at);
        return new BarMapping(expression(o, "for", at, true), expression(o, "lane", at, true), expression(o, "start", at, true),
                expression(o, "end", at, true), template(o, "label", at), style(o, "style", at), conditionals(o, at), scale(o, at));
    }

    private List<ConditionalStyle> conditionals(JsonObject o, String at) {
        List<ConditionalStyle> out = new ArrayList<>();
        for (int i = 0; i < array(o, "conditionalStyles", at).size(); i++) {
            String c = at + ".conditionalStyles[" + i + "]";
            JsonObject co = object(array(o, "conditionalStyles", at).get(i), c);
            keys(co, Set.of("when", "style"), c);
            out.add(new ConditionalStyle(expression(co, "when", c, true), style(co, "style", c)));
        }
        return out;
    }

    private ColorScale scale(JsonObject o, String at) {
        if (!o.has("colorScale")) return null;
        String s = at + ".colorScale";
        JsonObject so = object(o.get("colorScale"), s);
        keys(so, SCALE, s);
        String from = color(string(so, "from", s, true), s + ".from"), to = color(string(so, "to", s, true), s + ".to");
        String legend = string(so, "legend", s, false);
        return new ColorScale(expression(so, "value", s, true), string(so, "value", s, true), number(so, "min", s, 0.0),
                number(so, "max", s, 1.0), from, to, legend != null ? legend : string(so, "value", s, true));
    }

    private Style style(JsonObject o, String key, String at) {
        if (!o.has(key)) return Style.NONE;
        String s = at + "." + key;
        JsonObject so = object(o.get(key), s);
        keys(so, STYLE, s);
        return new Style(string(so, "fill", s, false), string(so, "stroke", s, false), number(so, "strokeWidth", s, null),
                string(so, "textColor", s, false), number(so, "fontSize", s, null), string(so, "dash", s, false),
                number(so, "cornerRadius", s, null));
    }

    private String color(String c, String at) {
        if (!c.matches("#[0-9a-fA-F]{6}")) throw error(at, "is '" + c + "'; a colour scale needs #rrggbb colours");
        return c;
    }

    private Expression expression(JsonObject o, String key, String at, boolean required) {
        String text = string(o, key, at, required);
        if (text == null) return null;
        try {
            return Expression.parse(text);
        } catch (ExpressionException e) {
            throw error(at + "." + key, e.getMessage());
        }
    }

    private Template template(JsonObject o, String key, String at) {
        String text = string(o, key, at, false);
        try {
            return Template.parse(text != null ? text : "");
        } catch (ExpressionException e) {
            throw error(at + "." + key, e.getMessage());
        }
    }

    private String string(JsonObject o, String key, String at, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) throw error(at, "needs a '" + key + "' entry");
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) throw error(join(at, key), "must be a string");
        return e.getAsString();
    }

    private Double number(JsonObject o, String key, String at, Double fallback) {
        JsonElement e = o.get(key);
        if (e == null) return fallback;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) throw error(join(at, key), "must be a number");
        return e.getAsDouble();
    }

    /** The list under {@code key}, empty when absent. */
    private com.google.gson.JsonArray array(JsonObject o, String key, String at) {
        JsonElement e = o.get(key);
        if (e == null) return new com.google.gson.JsonArray();
        if (!e.isJsonArray()) throw error(join(at, key), "must be a JSON list [ ... ]");
        return e.getAsJsonArray();
    }

    private JsonObject object(JsonElement e, String at) {
        if (!e.isJsonObject()) throw error(at, "must be a JSON object");
        return e.getAsJsonObject();
    }

    private void keys(JsonObject o, Set<String> allowed, String at) {
        for (String key : o.keySet())
            if (!allowed.contains(key)) throw error(join(at, key), "unknown entry; allowed here: " + new java.util.TreeSet<>(allowed));
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private DescriptionException error(String at, String message) {
        return new DescriptionException(source + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }
}
