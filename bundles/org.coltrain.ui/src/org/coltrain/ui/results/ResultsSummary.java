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
 * The summary of a run for the Results view, read from its results.json: the run's scalars, then one line per
 * service and per training job. Generic over the JSON's fields, so new result fields show up without a change here.
 */
public final class ResultsSummary {

    private ResultsSummary() {
    }

    public static String of(Path resultsJson) {
        if (!Files.isRegularFile(resultsJson)) return "no results.json in " + resultsJson.getParent() + " yet: run a simulation";
        try {
            JsonObject root = JsonParser.parseString(Files.readString(resultsJson, StandardCharsets.UTF_8)).getAsJsonObject();
            StringBuilder b = new StringBuilder();
            scalars(root, b);
            for (Map.Entry<String, JsonElement> e : root.entrySet()) {
                if (e.getValue().isJsonObject()) {
                    b.append('\n').append(e.getKey()).append(": ");
                    scalars(e.getValue().getAsJsonObject(), b);
                } else if (e.getValue().isJsonArray()) {
                    for (JsonElement item : e.getValue().getAsJsonArray()) {
                        if (!item.isJsonObject()) continue;
                        b.append('\n').append(e.getKey()).append(": ");
                        scalars(item.getAsJsonObject(), b);
                    }
                }
            }
            return b.toString().strip();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return "cannot read " + resultsJson + ": " + e.getMessage();
        }
    }

    private static void scalars(JsonObject o, StringBuilder b) {
        String sep = "";
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!e.getValue().isJsonPrimitive()) continue;
            b.append(sep).append(e.getKey()).append(' ').append(format(e.getValue()));
            sep = ", ";
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
