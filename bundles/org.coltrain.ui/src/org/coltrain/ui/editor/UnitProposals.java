package org.coltrain.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coltrain.dsl.units.Unit;

/**
 * Unit suffixes after a number ("clock 1 |" offers GHz, MHz, ...). Xtext's content-assist parser treats the number
 * as a complete quantity and does not offer the optional unit, so the suffixes are found from the text before the
 * cursor; each is described by its dimension and its factor to SI.
 */
final class UnitProposals {

    /** A number, optional blanks, then the unit typed so far (the prefix). */
    private static final Pattern AFTER_NUMBER = Pattern.compile("\\d(?:\\.\\d+)?(?:[eE][-+]?\\d+)?([ \\t]*)([A-Za-z/%]*)$");

    private UnitProposals() {
    }

    static List<ColtrainContentAssist.Entry> at(String text, int offset) {
        List<ColtrainContentAssist.Entry> entries = new ArrayList<>();
        int from = Math.max(0, offset - 40);
        Matcher m = AFTER_NUMBER.matcher(text.substring(from, offset));
        if (!m.find() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return entries;
        String prefix = m.group(2);
        for (Unit unit : Unit.values()) {
            if (!unit.symbol().startsWith(prefix)) continue;
            String dimension = unit.dimension().name().toLowerCase(Locale.ROOT);
            String description = "unit of " + dimension + ": 1 " + unit.symbol() + " = " + unit.toSi(1)
                    + (unit.dimension().preferredUnit().isEmpty() ? "" : " (SI base of " + unit.dimension().preferredUnit() + ")");
            entries.add(new ColtrainContentAssist.Entry(unit.symbol(), prefix, unit.symbol(), description, 0));
        }
        return entries;
    }
}
