package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.bridge.results.StrictJson;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** results.json is strict JSON: a figure without a finite value is null, never NaN or Infinity. */
class StrictJsonTest {

    @Test
    void nonFiniteNumbersAreWrittenAsNullAtAnyDepth() {
        JsonObject root = new JsonObject();
        root.addProperty("latency_us", Double.NaN);
        root.addProperty("energy_j", 1.5);
        JsonArray list = new JsonArray();
        list.add(Double.POSITIVE_INFINITY);
        list.add(2);
        JsonObject inner = new JsonObject();
        inner.addProperty("ratio", Double.NEGATIVE_INFINITY);
        list.add(inner);
        root.add("rows", list);
        String json = StrictJson.toJson(root);
        assertTrue(!json.contains("NaN") && !json.contains("Infinity"), json);
        // a strict parser reads it back, and the finite figures are unchanged
        JsonObject back = JsonParser.parseString(json).getAsJsonObject();
        assertTrue(back.get("latency_us").isJsonNull());
        assertEquals(1.5, back.get("energy_j").getAsDouble());
        assertTrue(back.getAsJsonArray("rows").get(0).isJsonNull());
        assertEquals(2, back.getAsJsonArray("rows").get(1).getAsInt());
        assertTrue(back.getAsJsonArray("rows").get(2).getAsJsonObject().get("ratio").isJsonNull());
    }
}
