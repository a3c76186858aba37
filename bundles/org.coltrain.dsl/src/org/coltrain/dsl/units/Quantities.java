package org.coltrain.dsl.units;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the text of a quantity literal ("- 1.5 GHz") into its number and its optional unit. */
public final class Quantities {

    private static final Pattern LITERAL =
            Pattern.compile("\\s*(-?)\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(\\S*)\\s*");

    public record Literal(double number, Optional<Unit> unit, String unitText) {
        public double si() {
            return unit.map(u -> u.toSi(number)).orElse(number);
        }
    }

    private Quantities() {
    }

    /** Parses a literal; an unknown unit is kept as text so the caller can report it. */
    public static Optional<Literal> parse(String text) {
        Matcher m = LITERAL.matcher(text == null ? "" : text);
        if (!m.matches()) return Optional.empty();
        double number = Double.parseDouble(m.group(2));
        if (!m.group(1).isEmpty()) number = -number;
        return Optional.of(new Literal(number, Unit.bySymbol(m.group(3)), m.group(3)));
    }

    /** A value in SI as a readable literal in the given unit, e.g. 1.2E9 Hz in GHz: "1.2 GHz". */
    public static String format(double si, Unit unit) {
        return formatNumber(unit.fromSi(si)) + " " + unit.symbol();
    }

    public static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        String s = Double.toString(value);
        return s.contains("E") ? s.replace("E", "e") : s;
    }
}
