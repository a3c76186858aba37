package org.coltrain.sim.calibration;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The calibrations and the comparisons as text tables ({@code coltrain calibrations}). */
public final class CalibrationTable {

    private CalibrationTable() {
    }

    public static void print(List<Calibration> calibrations, List<Comparison> comparisons, PrintWriter out) {
        out.println("Calibrations: cost-model defaults without a primary source (CostDefaults cites the others)");
        out.printf(Locale.ROOT, "  %-22s %-8s %10s %-9s %10s %10s  %s%n", "id", "kind", "value", "unit", "lower",
                "upper", "options");
        for (Calibration c : calibrations)
            out.printf(Locale.ROOT, "  %-22s %-8s %10s %-9s %10s %10s  %s%n", c.id(), c.kind().label(), number(c.value()),
                    c.unit(), number(c.lower().value()), number(c.upper().value()), String.join(", ", c.options()));
        out.println();
        for (Calibration c : calibrations) {
            out.println("  " + c.id() + ": " + c.parameter());
            out.println("    lower " + number(c.lower().value()) + ": " + c.lower().source());
            out.println("    upper " + number(c.upper().value()) + ": " + c.upper().source());
            if (c.fittedTo() != null) out.println("    fitted to: " + c.fittedTo() + "; on " + c.fittedOn());
            out.println("    why: " + c.rationale());
            for (String id : c.checks())
                comparisons.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> out.println("    "
                        + (r.role() == Comparison.Role.FITTED ? "residual " : "held out ") + r.id() + ": model "
                        + number(r.modelValue()) + " " + r.unit() + " against " + r.published() + ", residual "
                        + number(r.residual()) + " " + r.unit()));
            if (c.checks().isEmpty()) out.println("    not judged: no comparison isolates it");
        }
        out.println();
        out.println("Comparisons: fitted (the figure chose a calibration), held-out (it did not), prediction (none published)");
        out.printf(Locale.ROOT, "  %-28s %-10s %10s %-4s %-26s %10s  %s%n", "id", "role", "model", "unit", "published",
                "residual", "depends_on");
        for (Comparison c : comparisons)
            out.printf(Locale.ROOT, "  %-28s %-10s %10s %-4s %-26s %10s  %s%n", c.id(), c.role().label(),
                    number(c.modelValue()), c.unit(), c.published(), Double.isNaN(c.residual()) ? "-" : number(c.residual()),
                    String.join(",", c.dependsOn()));
        out.println();
        for (Comparison c : comparisons)
            out.println("  " + c.id() + ": " + c.quantity() + "; " + c.configuration() + "; source: " + c.source());
        out.flush();
    }

    /** Four significant digits, without exponent for the magnitudes in these tables. */
    static String number(double x) {
        if (Double.isNaN(x)) return "-";
        double abs = Math.abs(x);
        if (abs >= 1000 || abs == 0) return String.format(Locale.ROOT, "%.0f", x);
        if (abs >= 100) return String.format(Locale.ROOT, "%.1f", x);
        if (abs >= 10) return String.format(Locale.ROOT, "%.2f", x);
        if (abs >= 1) return String.format(Locale.ROOT, "%.3f", x);
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
