package org.coltrain.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The summary of any run for the Results view, read from its results.json: the run's scalars, then one line per
 * nested object (a service, a training job, a mapping, a policy, a sweep point), named by its path. Generic over the
 * JSON's fields, so every kind's results show, and new fields show up without a change here.
 */
public final class ResultsSummary {

    private ResultsSummary() {
    }

    /** Lines shown at most: a sweep's or a cluster's results.json holds far more than a summary needs. */
    static final int MAX_LINES = 400;

    public static String of(Path resultsJson) {
        if (!Files.isRegularFile(resultsJson)) return "no results.json in " + resultsJson.getParent() + " yet: run a simulation";
        try {
            JsonObject root = JsonParser.parseString(Files.readString(resultsJson, StandardCharsets.UTF_8)).getAsJsonObject();
            java.util.List<String> lines = new java.util.ArrayList<>();
            object("", root, lines);
            if (lines.size() > MAX_LINES) {
                int more = lines.size() - MAX_LINES;
                lines = new java.util.ArrayList<>(lines.subList(0, MAX_LINES));
                lines.add("... " + more + " more lines in " + resultsJson.getFileName());
            }
            return String.join("\n", lines).strip();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return "cannot read " + resultsJson + ": " + e.getMessage();
        }
    }

    /** One line of the object's scalars (and short lists of numbers), then one line per nested object, indented. */
    private static void object(String path, JsonObject o, java.util.List<String> lines) {
        StringBuilder b = new StringBuilder(path.isEmpty() ? "" : path + ": ");
        String sep = "";
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonPrimitive()) {
                b.append(sep).append(e.getKey()).append(' ').append(format(v));
                sep = ", ";
            } else if (v.isJsonArray() && !v.getAsJsonArray().isEmpty() && v.getAsJsonArray().get(0).isJsonPrimitive()) {
                java.util.List<String> items = new java.util.ArrayList<>();
                for (JsonElement item : v.getAsJsonArray()) if (item.isJsonPrimitive() && items.size() < 8) items.add(format(item));
                if (v.getAsJsonArray().size() > 8) items.add("...");
                b.append(sep).append(e.getKey()).append(" [").append(String.join(" ", items)).append(']');
                sep = ", ";
            }
        }
        if (b.length() > 0) lines.add(b.toString());
        String indent = path.isEmpty() ? "" : path + " > ";
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonObject()) object(indent + e.getKey(), v.getAsJsonObject(), lines);
            else if (v.isJsonArray())
                for (JsonElement item : v.getAsJsonArray()) if (item.isJsonObject()) object(indent + e.getKey(), item.getAsJsonObject(), lines);
        }
    }

    private static String format(JsonElement value) {
        if (value.getAsJsonPrimitive().isNumber()) {
            double d = value.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.4g", d);
        }
        return value.getAsString();
    }
}
