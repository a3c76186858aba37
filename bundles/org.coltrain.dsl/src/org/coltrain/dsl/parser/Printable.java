package org.coltrain.dsl.parser;

/**
 * Text from a model file made safe to echo in a message: control characters (NUL, BEL, ESC, DEL, ...) are written
 * as escapes, so a terminal or a log never receives them raw, and long text is shortened.
 */
public final class Printable {

    /** Longest piece of the user's text a message quotes; the location points at the rest. */
    public static final int MAX_QUOTED_CHARS = 40;

    private Printable() {
    }

    /** The text with every control character escaped ({@code \0}, {@code \t}, {@code \x1b}, {@code \u2028}). */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\0' -> b.append("\\0");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\uFEFF' -> b.append("\\uFEFF");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                    else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.SURROGATE && !validSurrogate(text, i))
                        b.append(String.format("\\u%04X", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The escaped text, shortened to {@link #MAX_QUOTED_CHARS} characters with '...' when longer. */
    public static String quote(String text) {
        String t = text == null ? "" : text;
        if (t.length() > MAX_QUOTED_CHARS) t = t.substring(0, MAX_QUOTED_CHARS) + "...";
        return escape(t);
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
