package org.coltrain.bridge.study;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.StudyTable;

/** A study run as text: its notes, the key table, and every claim with our figure and the verdict. */
public final class StudySummary {

    private StudySummary() {
    }

    public static void print(StudyOutcome outcome, PrintWriter out) {
        out.printf(Locale.ROOT, "study %s (%s)%n", outcome.study(), outcome.kind());
        for (String n : outcome.notes()) out.println("  " + n);
        out.println();
        if (!outcome.tables().isEmpty()) printTable(outcome.tables().get(0), out);
        out.println();
        out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %-14s %s%n", "claim", "published", "ours", "tolerance", "verdict",
                "source");
        for (ClaimCheck c : outcome.claims())
            out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %-14s %s%n", c.claim().name(),
                    ClaimsCsv.number(c.claim().published()), ClaimsCsv.number(c.ours()),
                    ClaimsCsv.number(c.claim().tolerance()), c.verdict().label(), c.claim().source());
    }

    private static void printTable(StudyTable t, PrintWriter out) {
        out.println("  " + t.title());
        int[] width = new int[t.columns().size()];
        for (int i = 0; i < width.length; i++) width[i] = t.columns().get(i).length();
        for (List<String> r : t.rows()) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        List<List<String>> all = new ArrayList<>();
        all.add(t.columns());
        all.addAll(t.rows());
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < width.length; i++)
                line.append(i == 0 ? String.format("%-" + width[i] + "s", r.get(i)) : String.format(" %" + width[i] + "s", r.get(i)));
            out.println(line);
        }
    }
}
