package org.coltrain.bridge.results;

import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The results files as strict JSON (RFC 8259 has no NaN or Infinity, and strict parsers reject them): a figure
 * that has no finite value (a capacity's latency when no rate was feasible, a ratio over zero) is written as
 * {@code null}, never as a token that breaks the file for every reader.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Pretty-printed, non-finite numbers as null, with a final newline. */
    public static String toJson(JsonElement root) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(finite(root)) + "\n";
    }

    private static JsonElement finite(JsonElement e) {
        if (e instanceof JsonObject o) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> entry : o.entrySet()) copy.add(entry.getKey(), finite(entry.getValue()));
            return copy;
        }
        if (e instanceof JsonArray a) {
            JsonArray copy = new JsonArray(a.size());
            for (JsonElement item : a) copy.add(finite(item));
            return copy;
        }
        if (e instanceof JsonPrimitive p && p.isNumber() && !Double.isFinite(p.getAsDouble())) return JsonNull.INSTANCE;
        return e;
    }
}
