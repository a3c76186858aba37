package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coltrain.dsl.ide.textmate.TextMateGrammar;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The VS Code extension's TextMate grammar is the one generated from the Xtext grammar and the unit table. */
class TextMateGrammarTest {

    static final Path CHECKED_IN = Path.of("editors/vscode/syntaxes/coltrain.tmLanguage.json");

    private final Grammar grammar = new ColtrainInjectorProvider().getInjector().getInstance(IGrammarAccess.class).getGrammar();

    @Test
    void checkedInGrammarIsTheGeneratedOne() throws IOException {
        String generated = TextMateGrammar.json(grammar);
        if (Boolean.getBoolean("coltrain.updateGolden")) Files.writeString(CHECKED_IN, generated);
        assertEquals(generated, Files.readString(CHECKED_IN),
                CHECKED_IN + " is out of date with the language; regenerate it with -Dcoltrain.updateGolden=true and review the diff");
    }

    @Test
    void keywordsAreTheLanguagesWordsWithoutUnits() {
        List<String> keywords = TextMateGrammar.keywords(grammar);
        assertTrue(keywords.containsAll(List.of("accelerator", "network", "conv", "weight-stationary", "hbfp", "experiment")), keywords.toString());
        for (String unit : List.of("B", "s", "GHz", "KiB")) assertTrue(!keywords.contains(unit), unit + " is a unit, not a keyword");
    }

    // A quantity's unit is the longest that fits: "GB/s" rather than "GB"; a number without unit has none.
    @Test
    void quantitiesTakeTheLongestUnit() {
        assertEquals(List.of("900|GB/s", "16|GiB", "3|"), quantities("dram { bandwidth 900 GB/s capacity 16 GiB } kernel 3 x"));
        assertEquals(List.of("1.2|GHz", "500|us"), quantities("clock 1.2 GHz slo 500 us"));
    }

    private static List<String> quantities(String text) {
        JsonObject q = JsonParser.parseString(TextMateGrammar.json(new ColtrainInjectorProvider().getInjector()
                .getInstance(IGrammarAccess.class).getGrammar())).getAsJsonObject().getAsJsonObject("repository").getAsJsonObject("quantities");
        Matcher m = Pattern.compile(q.get("match").getAsString()).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1) + "|" + (m.group(2) == null ? "" : m.group(2)));
        return found;
    }
}
