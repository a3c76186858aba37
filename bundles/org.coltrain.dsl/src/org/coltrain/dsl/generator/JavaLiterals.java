package org.coltrain.dsl.generator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java source literals of the simulator core's values: numbers that read back to the same bits, strings, enum
 * constants and records as constructor calls. Records and enums are written with their simple (or outer.inner)
 * name and their top-level class is remembered as an import.
 */
final class JavaLiterals {

    private final Set<String> imports = new TreeSet<>();

    /** Fully qualified names of the top-level classes the literals so far refer to. */
    Set<String> imports() {
        return imports;
    }

    /** The name to write for a class, after importing its top-level class: {@code LayerSpec.Conv2d}. */
    String type(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) top = top.getEnclosingClass();
        if (!top.getPackageName().equals("java.lang")) imports.add(top.getName());
        return type.getCanonicalName().substring(top.getPackageName().length() + 1);
    }

    /** A literal of an int, long, double, boolean, String, enum constant or record (records recursively). */
    String of(Object value) {
        return switch (value) {
            case null -> "null";
            case Integer i -> Integer.toString(i);
            case Long l -> l + "L";
            case Double d -> doubleLiteral(d);
            case Boolean b -> b.toString();
            case String s -> string(s);
            case Enum<?> e -> type(e.getDeclaringClass()) + "." + e.name();
            case Record r -> "new " + type(r.getClass()) + "(" + String.join(", ", arguments(r)) + ")";
            default -> throw new IllegalArgumentException("no Java literal for " + value.getClass().getName());
        };
    }

    /** The constructor arguments of a record, in component order. */
    List<String> arguments(Record record) {
        List<String> args = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) args.add(of(component(record, c)));
        return args;
    }

    /** The component names of a record, in constructor order (for comments next to long argument lists). */
    static List<String> componentNames(Record record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) names.add(c.getName());
        return names;
    }

    static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }

    // Double.toString gives the shortest decimal that parses back to the same double (JLS 3.10.2, Double.valueOf).
    static String doubleLiteral(double d) {
        if (Double.isNaN(d)) return "Double.NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        return Double.toString(d);
    }

    /**
     * Text from the model (a file path, a name) made safe inside a Javadoc comment: no '*' '/' pair that would end
     * it, no backslash that javac would read as a unicode escape even in a comment, no brace that would end an
     * inline tag, no line break or control character.
     */
    static String comment(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '*' -> b.append("&#42;");
                case '/' -> b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\\' -> b.append("&#92;");
                case '{' -> b.append("&#123;");
                case '}' -> b.append("&#125;");
                case '@' -> b.append("&#64;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c < 0x20 || c == 0x7f || c > 0x7e ? "&#" + (int) c + ";" : String.valueOf(c));
            }
        }
        return b.toString();
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
