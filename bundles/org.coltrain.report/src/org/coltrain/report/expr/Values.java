package org.coltrain.report.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The dynamic values of expressions: conversions, EMF navigation and operators. */
public final class Values {

    private Values() {
    }

    /** The feature {@code name} of an EObject; over a list, of each element, flattened; null stays null. */
    static Object navigate(Object target, String name) {
        return navigate(target, name, false);
    }

    /** As {@link #navigate(Object, String)}; {@code optional}: an EObject without the feature gives null. */
    static Object navigate(Object target, String name, boolean optional) {
        if (target == null) return null;
        if (target instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                Object v = navigate(o, name, optional);
                if (v instanceof Collection<?> c) out.addAll(c);
                else if (v != null) out.add(v);
            }
            return out;
        }
        if (!(target instanceof EObject o))
            throw new ExpressionException("cannot take '." + name + "' of the value " + text(target));
        EStructuralFeature f = o.eClass().getEStructuralFeature(name);
        if (f == null) {
            if (optional) return null;
            List<String> names = o.eClass().getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList();
            throw new ExpressionException(o.eClass().getName() + " has no feature '" + name + "'; it has " + names);
        }
        if (f.isUnsettable() && !o.eIsSet(f)) return null;
        return normalize(o.eGet(f));
    }

    /** Numbers become Double, enumerators their literal, EMF lists plain lists. */
    static Object normalize(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Enumerator e) return e.getLiteral();
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) out.add(normalize(o));
            return out;
        }
        return v;
    }

    public static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Double d) return d != 0 && !d.isNaN();
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof String s) return !s.isEmpty();
        return true;
    }

    /** A number, or null when the value is missing; a non-number is an error. */
    public static Double number(Object v) {
        if (v == null) return null;
        if (v instanceof Double d) return d;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        throw new ExpressionException("expected a number, got " + text(v));
    }

    static Object binary(String op, Object a, Object b) {
        switch (op) {
            case "==": return equal(a, b);
            case "!=": return !equal(a, b);
            case "+":
                if (a instanceof String || b instanceof String) return text(a) + text(b);
                break;
            default:
                break;
        }
        Double x = number(a), y = number(b);
        if (x == null || y == null) return op.length() == 1 ? null : Boolean.FALSE;
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "<" -> x < y;
            case "<=" -> x <= y;
            case ">" -> x > y;
            case ">=" -> x >= y;
            default -> throw new ExpressionException("unknown operator " + op);
        };
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof Number || b instanceof Number) {
            Double x = a == null ? null : number(a), y = b == null ? null : number(b);
            return Objects.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    /** How a value reads in a label: integers without a fraction, other numbers with 4 significant digits. */
    public static String text(Object v) {
        if (v == null) return "-";
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof EObject o) {
            EStructuralFeature name = o.eClass().getEStructuralFeature("name");
            return name != null && o.eGet(name) != null ? o.eGet(name).toString() : o.eClass().getName();
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) parts.add(text(o));
            return String.join(", ", parts);
        }
        return v.toString();
    }
}
