package org.coltrain.dsl.ide.textmate;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coltrain.dsl.units.Unit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The TextMate grammar editors without a language server's semantic tokens colour .coltrain files with (the VS Code
 * extension ships it): comments, strings, numbers with their unit suffix, and the language's keywords, read from
 * the Xtext grammar and the unit table so that it cannot drift from the language.
 */
public final class TextMateGrammar {

    public static final String SCOPE = "source.coltrain";

    /** Keywords that read as words; units (B, s, GHz, ...) are coloured only after a number. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private TextMateGrammar() {
    }

    /** The keywords of the grammar's parser and enum rules that are words and not units, sorted. */
    public static List<String> keywords(Grammar grammar) {
        TreeSet<String> units = new TreeSet<>();
        for (Unit u : Unit.values()) units.add(u.symbol());
        TreeSet<String> words = new TreeSet<>();
        for (var rule : GrammarUtil.allRules(grammar)) {
            if (rule instanceof TerminalRule) continue;
            for (Keyword k : EcoreUtil2.getAllContentsOfType(rule, Keyword.class))
                if (WORD.matcher(k.getValue()).matches() && !units.contains(k.getValue())) words.add(k.getValue());
        }
        return List.copyOf(words);
    }

    /** The grammar as TextMate JSON (two-space indented, one trailing newline). */
    public static String json(Grammar grammar) {
        JsonObject root = new JsonObject();
        root.addProperty("$comment", "Generated from Coltrain.xtext and the unit table by org.coltrain.dsl.ide.textmate.TextMateGrammar;"
                + " TextMateGrammarTest fails when it is out of date (regenerate with -Dcoltrain.updateGolden=true).");
        root.addProperty("name", "ColTraIn");
        root.addProperty("scopeName", SCOPE);
        JsonArray fileTypes = new JsonArray();
        fileTypes.add("coltrain");
        root.add("fileTypes", fileTypes);
        JsonArray patterns = new JsonArray();
        for (String part : List.of("comments", "strings", "quantities", "keywords")) {
            JsonObject include = new JsonObject();
            include.addProperty("include", "#" + part);
            patterns.add(include);
        }
        root.add("patterns", patterns);
        JsonObject repository = new JsonObject();
        repository.add("comments", comments());
        repository.add("strings", strings());
        repository.add("quantities", quantities());
        repository.add("keywords", match("keyword.control.coltrain",
                "(?<![\\w-])(?:" + String.join("|", keywords(grammar)) + ")(?![\\w-])"));
        root.add("repository", repository);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject comments() {
        JsonArray patterns = new JsonArray();
        patterns.add(match("comment.line.double-slash.coltrain", "//.*$"));
        patterns.add(span("comment.block.coltrain", "/\\*", "\\*/"));
        JsonObject comments = new JsonObject();
        comments.add("patterns", patterns);
        return comments;
    }

    private static JsonObject strings() {
        JsonObject s = span("string.quoted.double.coltrain", "\"", "\"");
        JsonArray patterns = new JsonArray();
        patterns.add(match("constant.character.escape.coltrain", "\\\\."));
        s.add("patterns", patterns);
        return s;
    }

    private static JsonObject span(String scope, String begin, String end) {
        JsonObject o = name(scope);
        o.addProperty("begin", begin);
        o.addProperty("end", end);
        return o;
    }

    /** A number (the grammar's NUMBER terminal) and, after optional blanks, a unit; longer units first (GB/s before GB). */
    private static JsonObject quantities() {
        String units = java.util.Arrays.stream(Unit.values()).map(Unit::symbol)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(TextMateGrammar::literal).collect(Collectors.joining("|"));
        JsonObject q = match(null, "(?<![\\w.])(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(?:[ \\t]*(" + units + ")(?![\\w/]))?");
        JsonObject captures = new JsonObject();
        captures.add("1", name("constant.numeric.coltrain"));
        captures.add("2", name("keyword.other.unit.coltrain"));
        q.add("captures", captures);
        return q;
    }

    /** The symbol as a regex literal (backslash before metacharacters; Oniguruma, TextMate's engine, has no \\Q...\\E). */
    private static String literal(String symbol) {
        return symbol.replaceAll("[.*+?^$|()\\[\\]{}\\\\]", "\\\\$0");
    }

    private static JsonObject match(String scope, String regex) {
        JsonObject o = new JsonObject();
        if (scope != null) o.addProperty("name", scope);
        o.addProperty("match", regex);
        return o;
    }

    private static JsonObject name(String scope) {
        JsonObject o = new JsonObject();
        o.addProperty("name", scope);
        return o;
    }
}
