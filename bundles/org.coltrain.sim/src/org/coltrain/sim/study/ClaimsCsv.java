package org.coltrain.sim.study;

import java.util.List;
import java.util.Locale;

/**
 * {@code claims.csv}: one row per claim, columns {@code claim,source,published,ours,unit,tolerance,verdict,depends_on}
 * (RFC 4180 quoting; {@code depends_on} joins the calibration ids with {@code ;}).
 */
public final class ClaimsCsv {

    public static final String HEADER = "claim,source,published,ours,unit,tolerance,verdict,depends_on";

    private ClaimsCsv() {
    }

    public static String write(List<ClaimCheck> checks) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ClaimCheck c : checks)
            out.append(String.join(",", quote(c.claim().name()), quote(c.claim().source()), number(c.claim().published()),
                    number(c.ours()), quote(c.unit()), number(c.claim().tolerance()), quote(c.verdict().label()),
                    quote(String.join(";", c.dependsOn())))).append('\n');
        return out.toString();
    }

    /** Four significant digits: enough to compare within any tolerance we declare, stable across platforms. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
