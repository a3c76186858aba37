package org.coltrain.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile edits of a model's text, token by token: deleting, repeating, swapping, replacing with or inserting junk
 * (control characters, stray braces, keywords out of place, numbers out of range, an unclosed comment or string),
 * and cutting the file short. The same seed gives the same mutants.
 */
final class Mutations {

    /** What a user's slip or a hostile edit puts into a model. */
    static final List<String> JUNK = List.of("@", "\u0000", "\u0007", "\u001b", "\u007f", "{", "}", "x", "2.5", "-1",
            "99999999999", "\"", "/*", "^", ",", "[", "]", "GHz", "MiB", "array", "dram", "rows", "\uFEFF", "1e400", "0",
            "accelerator", "network", "experiment", "sweep", "import", "=", "%", "-", ".", "1e308", "e", "\u00e9");

    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_^][A-Za-z0-9_\\-/]*|[0-9.eE+-]+|\"[^\"]*\"|.");

    private Mutations() {
    }

    /** The text with one to three random edits. */
    static String mutate(String text, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int i = random.nextInt(tokens.size());
            switch (random.nextInt(6)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(random.nextInt(tokens.size())));
                case 2 -> {
                    if (i + 1 < tokens.size()) java.util.Collections.swap(tokens, i, i + 1);
                }
                case 3 -> tokens.set(i, JUNK.get(random.nextInt(JUNK.size())));
                case 4 -> tokens.add(i, JUNK.get(random.nextInt(JUNK.size())));
                default -> tokens.subList(i, tokens.size()).clear();
            }
        }
        return String.join("", tokens);
    }

    /** Words of the parser generator or of Java that must never reach a user. */
    static final List<String> JARGON = List.of("mismatched input", "mismatched character", "extraneous input",
            "no viable alternative", "EOF", "RULE_", "required (", "loop did not match", "ValueConverter", "predicate",
            "rule rule", "canLeave", "getUnorderedGroupHelper", "<missing", "expecting", "Exception", "java.", "null");

    /**
     * The first jargon word in a message about the given input, or null. A word the input itself contains (a
     * network named EOF, a path with 'null' in it) is the user's own when the message quotes it, not jargon.
     */
    static String jargon(String message, String input) {
        for (String word : JARGON) if (message.contains(word) && !input.contains(word)) return word;
        for (char c : message.toCharArray()) if (c < 0x20 || c == 0x7f) return "a raw control character";
        return null;
    }
}
