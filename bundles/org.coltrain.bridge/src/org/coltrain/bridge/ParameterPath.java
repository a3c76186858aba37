package org.coltrain.bridge;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A dotted path from an experiment to one numeric model value, as sweeps name it: each segment is a feature name
 * ({@code workload}, {@code arrival}, {@code rateHz}), the name of a contained element ({@code search}) or an index
 * into a list ({@code arrays.0}). Example: {@code workload.search.arrival.rateHz}.
 */
public final class ParameterPath {

    /** Where a path leads: the object and its numeric attribute, or why it leads nowhere. */
    public record Target(EObject owner, EAttribute attribute, String error) {
        public boolean valid() {
            return error == null;
        }

        public void set(double value) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            Object boxed = type == int.class ? (Object) (int) Math.round(value)
                    : type == long.class ? (Object) Math.round(value) : (Object) value;
            owner.eSet(attribute, boxed);
        }
    }

    private ParameterPath() {
    }

    public static Target resolve(EObject root, String path) {
        Object current = root;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (current instanceof List<?> list) {
                current = element(list, segment);
                if (current == null) return fail(path, segment, "no element '" + segment + "' in the list");
                continue;
            }
            EObject object = (EObject) current;
            EStructuralFeature feature = object.eClass().getEStructuralFeature(segment);
            if (feature instanceof EAttribute attribute) {
                if (!last) return fail(path, segment, "'" + segment + "' is a value, the path cannot go on after it");
                if (attribute.isMany() || !numeric(attribute))
                    return fail(path, segment, "'" + segment + "' is not a single number");
                return new Target(object, attribute, null);
            }
            if (feature != null) {
                current = object.eGet(feature);
            } else {
                current = element(object.eContents(), segment);
            }
            if (current == null) return fail(path, segment, "'" + segment + "' is not a feature or element of " + object.eClass().getName());
            if (last) return fail(path, segment, "the path must end at a number (e.g. '" + path + ".rateHz')");
        }
        return fail(path, path, "empty path");
    }

    private static Object element(List<?> list, String segment) {
        if (segment.matches("[0-9]+")) {
            int index = Integer.parseInt(segment);
            return index < list.size() ? list.get(index) : null;
        }
        for (Object o : list) {
            if (o instanceof EObject e) {
                EStructuralFeature name = e.eClass().getEStructuralFeature("name");
                if (name != null && segment.equals(e.eGet(name))) return e;
            }
        }
        return null;
    }

    private static boolean numeric(EAttribute a) {
        Class<?> c = a.getEAttributeType().getInstanceClass();
        return c == int.class || c == long.class || c == double.class;
    }

    private static Target fail(String path, String segment, String why) {
        return new Target(null, null, "sweep path '" + path + "': " + why);
    }
}
