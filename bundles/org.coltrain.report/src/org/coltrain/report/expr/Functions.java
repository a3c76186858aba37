package org.coltrain.report.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Encoding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** The functions a description may call; {@link #SIGNATURES} is the list an error message shows. */
final class Functions {

    /** name -> how to call it and what it does. */
    static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("sum", "sum(list): sum of the numbers"),
            Map.entry("count", "count(list): number of elements"),
            Map.entry("max", "max(list): largest number"),
            Map.entry("min", "min(list): smallest number"),
            Map.entry("mean", "mean(list): arithmetic mean"),
            Map.entry("first", "first(list): first element or null"),
            Map.entry("distinct", "distinct(list): elements without repeats, in order"),
            Map.entry("list", "list(a, b, ...): the values as one flat list"),
            Map.entry("find", "find(list, 'feature', value): first element whose feature equals value"),
            Map.entry("where", "where(list, 'feature', value): elements whose feature equals value"),
            Map.entry("previous", "previous(element): the element before it in its containing list, or null"),
            Map.entry("coalesce", "coalesce(a, b, ...): first value that is not null or empty"),
            Map.entry("if", "if(condition, then, else)"),
            Map.entry("fmt", "fmt(number, 'printf pattern')"),
            Map.entry("si", "si(number, 'unit'): with an SI prefix, e.g. 900 GB/s"),
            Map.entry("bytes", "bytes(number): with a binary prefix, e.g. 16 MiB"),
            Map.entry("pct", "pct(fraction): as a percentage, e.g. 43.2%"),
            Map.entry("type", "type(element): its EClass name"),
            Map.entry("encoding", "encoding(element): a numeric encoding's short name, e.g. hbfp8"));

    private static final Map<String, int[]> ARITY = Map.ofEntries(Map.entry("sum", new int[] { 1, 1 }),
            Map.entry("count", new int[] { 1, 1 }), Map.entry("max", new int[] { 1, 1 }), Map.entry("min", new int[] { 1, 1 }),
            Map.entry("mean", new int[] { 1, 1 }), Map.entry("first", new int[] { 1, 1 }), Map.entry("distinct", new int[] { 1, 1 }),
            Map.entry("list", new int[] { 0, 99 }), Map.entry("find", new int[] { 3, 3 }), Map.entry("where", new int[] { 3, 3 }),
            Map.entry("previous", new int[] { 1, 1 }), Map.entry("coalesce", new int[] { 1, 99 }), Map.entry("if", new int[] { 3, 3 }),
            Map.entry("fmt", new int[] { 2, 2 }), Map.entry("si", new int[] { 2, 2 }), Map.entry("bytes", new int[] { 1, 1 }),
            Map.entry("pct", new int[] { 1, 1 }), Map.entry("type", new int[] { 1, 1 }), Map.entry("encoding", new int[] { 1, 1 }));

    private Functions() {
    }

    static void checkKnown(String name, int arguments, Function<String, ExpressionException> error) {
        int[] arity = ARITY.get(name);
        if (arity == null) throw error.apply("unknown function '" + name + "'; known: " + new java.util.TreeSet<>(ARITY.keySet()));
        if (arguments < arity[0] || arguments > arity[1]) throw error.apply("wrong number of arguments: " + SIGNATURES.get(name));
    }

    static Object call(String name, List<Object> a) {
        return switch (name) {
            case "sum" -> numbers(a.get(0)).stream().mapToDouble(Double::doubleValue).sum();
            case "count" -> (double) list(a.get(0)).size();
            case "max" -> numbers(a.get(0)).stream().mapToDouble(Double::doubleValue).boxed().max(Double::compare).orElse(null);
            case "min" -> numbers(a.get(0)).stream().mapToDouble(Double::doubleValue).boxed().min(Double::compare).orElse(null);
            case "mean" -> {
                List<Double> n = numbers(a.get(0));
                yield n.isEmpty() ? null : n.stream().mapToDouble(Double::doubleValue).sum() / n.size();
            }
            case "first" -> list(a.get(0)).isEmpty() ? null : list(a.get(0)).get(0);
            case "distinct" -> new ArrayList<>(new LinkedHashSet<>(list(a.get(0))));
            case "list" -> {
                List<Object> out = new ArrayList<>();
                for (Object o : a) out.addAll(list(o));
                yield out;
            }
            case "find" -> {
                List<Object> hits = where(a);
                yield hits.isEmpty() ? null : hits.get(0);
            }
            case "where" -> where(a);
            case "previous" -> previous(a.get(0));
            case "coalesce" -> {
                for (Object o : a) if (o != null && !(o instanceof Collection<?> c && c.isEmpty())) yield o;
                yield null;
            }
            case "if" -> Values.truthy(a.get(0)) ? a.get(1) : a.get(2);
            case "fmt" -> a.get(0) == null ? "-" : String.format(Locale.ROOT, Values.text(a.get(1)), Values.number(a.get(0)));
            case "si" -> si(Values.number(a.get(0)), Values.text(a.get(1)));
            case "bytes" -> bytes(Values.number(a.get(0)));
            case "pct" -> a.get(0) == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * Values.number(a.get(0)));
            case "type" -> a.get(0) instanceof EObject o ? o.eClass().getName() : null;
            case "encoding" -> a.get(0) instanceof Encoding e ? ModelToSim.encoding(e).shortName() : null;
            default -> throw new ExpressionException("unknown function " + name);
        };
    }

    private static List<Object> list(Object v) {
        if (v == null) return List.of();
        if (v instanceof Collection<?> c) return new ArrayList<>(c);
        return List.of(v);
    }

    private static List<Double> numbers(Object v) {
        List<Double> out = new ArrayList<>();
        for (Object o : list(v)) {
            Double d = Values.number(o);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static List<Object> where(List<Object> a) {
        String feature = Values.text(a.get(1));
        List<Object> out = new ArrayList<>();
        for (Object o : list(a.get(0))) if (Values.equal(Values.navigate(o, feature), a.get(2))) out.add(o);
        return out;
    }

    private static Object previous(Object v) {
        if (!(v instanceof EObject o) || o.eContainmentFeature() == null || !o.eContainmentFeature().isMany()) return null;
        EReference containment = o.eContainmentFeature();
        List<?> siblings = (List<?>) o.eContainer().eGet(containment);
        int i = siblings.indexOf(o);
        return i > 0 ? siblings.get(i - 1) : null;
    }

    private static final String[] PREFIXES = { "p", "n", "u", "m", "", "k", "M", "G", "T", "P" };

    /** Three significant digits with the SI prefix that puts the mantissa in [1, 1000). */
    static String si(Double v, String unit) {
        if (v == null) return "-";
        if (v == 0) return "0 " + unit;
        int exp = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
        exp = Math.max(-4, Math.min(5, exp));
        double m = v / Math.pow(1000, exp);
        return trim(String.format(Locale.ROOT, "%.3g", m)) + " " + PREFIXES[exp + 4] + unit;
    }

    private static final String[] BINARY = { "B", "KiB", "MiB", "GiB", "TiB" };

    static String bytes(Double v) {
        if (v == null) return "-";
        int exp = 0;
        double m = v;
        while (Math.abs(m) >= 1024 && exp < BINARY.length - 1) {
            m /= 1024;
            exp++;
        }
        return trim(String.format(Locale.ROOT, "%.3g", m)) + " " + BINARY[exp];
    }

    /** "16.0" -> "16", "1.50" -> "1.5", "900" stays. */
    private static String trim(String number) {
        if (!number.contains(".") || number.contains("e")) return number;
        return number.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
