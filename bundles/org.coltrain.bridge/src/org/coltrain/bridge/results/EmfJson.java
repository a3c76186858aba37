package org.coltrain.bridge.results;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * results.json of the kinds whose figures live only in the results metamodel (sweep, SuperNet serving, cluster):
 * the result object as JSON, every feature under its snake_case name (the metamodel's names carry the units, so
 * {@code latencyS} becomes {@code latency_s}), contained objects nested, references by their target's name. So
 * results.json and results.xmi say the same thing by construction. Unset optional values are left out.
 */
public final class EmfJson {

    private EmfJson() {
    }

    public static String toJson(EObject result) {
        return StrictJson.toJson(object(result));
    }

    private static JsonObject object(EObject o) {
        JsonObject json = new JsonObject();
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (f.isUnsettable() && !o.eIsSet(f)) continue;
            Object v = o.eGet(f);
            String key = snake(f.getName());
            if (f.isMany()) {
                JsonArray a = new JsonArray();
                for (Object item : (List<?>) v) a.add(value(f, item));
                json.add(key, a);
            } else if (v != null) {
                json.add(key, value(f, v));
            }
        }
        return json;
    }

    private static JsonElement value(EStructuralFeature f, Object v) {
        if (v == null) return JsonNull.INSTANCE;
        if (f instanceof EAttribute) {
            if (v instanceof Number n) return new JsonPrimitive(n);
            if (v instanceof Boolean b) return new JsonPrimitive(b);
            return new JsonPrimitive(v.toString());
        }
        EObject target = (EObject) v;
        if (((EReference) f).isContainment()) return object(target);
        EStructuralFeature name = target.eClass().getEStructuralFeature("name");
        return new JsonPrimitive(name != null ? String.valueOf(target.eGet(name)) : target.eClass().getName());
    }

    /** "offChipEnergyJPerQuery" -> "off_chip_energy_j_per_query", "p99S" -> "p99_s". */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) b.append('_');
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
