package org.coltrain.ui.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.coltrain.dsl.units.Quantities;
import org.coltrain.dsl.validation.IssueCodes;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes for the checks whose fix is unambiguous, keyed on the same issue codes as the checks: a missing unit is
 * added, a unit of the wrong dimension is replaced by the attribute's preferred one, an unknown setting or DRAM kind
 * becomes one of the known names, a DRAM counted in the wrong unit gets its kind's, a DRAM whose energy does not go
 * with its bandwidth names the suggested kind; a value the check computed (the channels a layer really gets, the HBFP
 * defaults, a whole number for a swept count, the fleet size for too many workers, the file an import meant, an
 * encoding that can train) replaces the marked text; and a syntax error with a single suggestion (a near-miss
 * keyword, a keyword escaped as a name) applies it. Each rewrites only the text the marker covers.
 */
public final class ColtrainQuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return getResolutions(marker).length > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String code = marker.getAttribute(ColtrainMarkers.CODE, "");
        String[] data = marker.getAttribute(ColtrainMarkers.DATA, "").split(ColtrainMarkers.DATA_SEPARATOR, -1);
        List<IMarkerResolution> fixes = new ArrayList<>();
        if (IssueCodes.MISSING_UNIT.equals(code) && !data[0].isEmpty()) {
            String unit = data[0];
            fixes.add(new RegionRewrite("Add the unit '" + unit + "'", text -> text.strip() + " " + unit));
        } else if (IssueCodes.WRONG_UNIT_DIMENSION.equals(code)) {
            String unit = data[0];
            fixes.add(new RegionRewrite(unit.isEmpty() ? "Remove the unit" : "Use the unit '" + unit + "'",
                    text -> numberPart(text) + (unit.isEmpty() ? "" : " " + unit)));
        } else if (IssueCodes.UNKNOWN_SETTING.equals(code) || IssueCodes.DRAM_KIND_UNKNOWN.equals(code)
                || IssueCodes.DRAM_COUNT_UNIT.equals(code)) {
            for (String known : data)
                if (!known.isEmpty()) fixes.add(new RegionRewrite("Change to '" + known + "'", text -> known));
        } else if (REPLACED_BY_DATA.contains(code) && !data[0].isEmpty()) {
            String value = data[0];
            fixes.add(new RegionRewrite("Change to '" + value + "'", text -> value));
        } else if (IssueCodes.IMPORT_NOT_FOUND.equals(code) && !data[0].isEmpty()) {
            String path = data[0];
            fixes.add(new RegionRewrite("Import \"" + path + "\"", text -> "\"" + path + "\""));
        } else if (IssueCodes.DRAM_POWER_ABOVE_CHIP.equals(code) && !data[0].isEmpty()) {
            // the marker covers the dram block: name the suggested kind after the keyword
            String kind = data[0];
            fixes.add(new RegionRewrite("Name the DRAM 'dram " + kind + "'",
                    text -> text.strip().replaceFirst("^dram\\s*", "dram " + kind + " ")));
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }

    /** Checks whose issue data is the one text that replaces the marked text. */
    static final java.util.Set<String> REPLACED_BY_DATA = java.util.Set.of(IssueCodes.CHANNEL_MISMATCH,
            IssueCodes.FIXED_POINT_TRAINING, IssueCodes.HBFP_BITS_RANGE, IssueCodes.HBFP_BLOCK_RANGE,
            IssueCodes.HBFP_EXPONENT_RANGE, IssueCodes.SWEEP_VALUE_NOT_WHOLE, IssueCodes.WORKERS_EXCEED_FLEET,
            org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);

    /** "4 GHz" without its unit: "4". */
    static String numberPart(String quantity) {
        String text = quantity.strip();
        return Quantities.parse(text).map(l -> text.substring(0, text.length() - l.unitText().length()).strip()).orElse(text);
    }

    /** Rewrites the marker's text region with a function of its current text. */
    private record RegionRewrite(String label, UnaryOperator<String> rewrite) implements IMarkerResolution {
        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public void run(IMarker marker) {
            MarkerEdits.rewrite(marker, rewrite);
        }
    }
}
