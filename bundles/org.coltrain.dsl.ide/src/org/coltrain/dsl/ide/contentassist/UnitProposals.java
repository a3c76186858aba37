package org.coltrain.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coltrain.dsl.units.Unit;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * Unit suffixes after a number ("clock 1 |" offers GHz, MHz, ...). Xtext's content-assist parser treats the number
 * as a complete quantity and does not offer the optional unit, so the suffixes are found from the text before the
 * cursor; each is described by its dimension and its factor to SI.
 */
public final class UnitProposals {

    /** A number, optional blanks, then the unit typed so far (the prefix). */
    private static final Pattern AFTER_NUMBER = Pattern.compile("\\d(?:\\.\\d+)?(?:[eE][-+]?\\d+)?([ \\t]*)([A-Za-z/%]*)$");

    private UnitProposals() {
    }

    /** The unit suffixes that fit the text before {@code offset}; empty where the cursor does not follow a number. */
    public static List<ContentAssistEntry> at(String text, int offset) {
        List<ContentAssistEntry> entries = new ArrayList<>();
        int from = Math.max(0, offset - 40);
        Matcher m = AFTER_NUMBER.matcher(text.substring(from, Math.min(offset, text.length())));
        if (!m.find() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return entries;
        String prefix = m.group(2);
        for (Unit unit : Unit.values()) {
            if (!unit.symbol().startsWith(prefix)) continue;
            String dimension = unit.dimension().name().toLowerCase(Locale.ROOT);
            ContentAssistEntry entry = new ContentAssistEntry();
            entry.setPrefix(prefix);
            entry.setProposal(unit.symbol());
            entry.setLabel(unit.symbol());
            entry.setKind(ContentAssistEntry.KIND_VALUE);
            entry.setDescription("unit of " + dimension + ": 1 " + unit.symbol() + " = " + unit.toSi(1)
                    + (unit.dimension().preferredUnit().isEmpty() ? "" : " (SI base of " + unit.dimension().preferredUnit() + ")"));
            entries.add(entry);
        }
        return entries;
    }
}
