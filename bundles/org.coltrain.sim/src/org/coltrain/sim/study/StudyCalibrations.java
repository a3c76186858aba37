package org.coltrain.sim.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.coltrain.sim.calibration.Calibration;
import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.mapping.MappingCalibrations;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Every calibration a study figure may depend on, from the packages that declare them: the cost model's
 * ({@link Calibrations}, {@code coltrain calibrations}), the mapping accuracy proxy's ({@link MappingCalibrations}),
 * and the SUSHI example's illustrative SubNet accuracies. The ids are what {@code claims.csv} prints in
 * {@code depends_on}; an id not declared in one of them is an error ({@link #require}).
 */
public final class StudyCalibrations {

    /**
     * The study metrics each fitted cost calibration was chosen for. Only {@code controller.logic} is fitted (to
     * Equinox's "controller below 1% of area and power"), a figure no study metric is.
     */
    private static final Map<String, List<String>> COST_FITTED_TO = Map.of("controller.logic", List.of());

    /** The SubNets' accuracies of the SUSHI example (ofa_mbv3.coltrain): illustrative OFA-style values. */
    public static final StudyCalibration SUSHI_SUBNET_ACCURACY = new StudyCalibration("sushi.subnet_accuracy",
            "SubNet accuracies of ofa_mbv3.coltrain (illustrative, OFA-style; not measured)", List.of());

    /** The accuracy proxy's calibrations of the mapping studies; none was fitted to a figure of the ODiMO paper. */
    public static final List<StudyCalibration> MAPPING = MappingCalibrations.all().stream()
            .map(p -> new StudyCalibration(p.id(), p.value() + " in [" + p.low() + ", " + p.high() + "] ("
                    + p.boundsSource() + "); fitted to " + p.fittedTo() + ", residual " + p.residual() + " ("
                    + p.residualUnit() + ")", List.of()))
            .toList();

    private static final List<StudyCalibration> ALL = Stream.of(
            Calibrations.ALL.stream().map(StudyCalibrations::of).toList(), MAPPING, List.of(SUSHI_SUBNET_ACCURACY))
            .flatMap(List::stream).toList();

    private StudyCalibrations() {
    }

    private static StudyCalibration of(Calibration c) {
        List<String> fitted = c.kind() == Calibration.Kind.FITTED ? COST_FITTED_TO.get(c.id()) : List.of();
        if (fitted == null)
            throw new IllegalStateException("fitted cost calibration " + c.id() + " names no study metrics it was "
                    + "fitted to (StudyCalibrations.COST_FITTED_TO)");
        return new StudyCalibration(c.id(), c.kind().label() + ": " + c.parameter(), fitted);
    }

    public static List<StudyCalibration> all() { return ALL; }

    public static Optional<StudyCalibration> find(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The declared calibration of this id; an undeclared id is a programming error of the study that names it. */
    public static StudyCalibration require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("calibration '" + id + "' is not declared; "
                + "declared: " + ALL.stream().map(StudyCalibration::id).toList()));
    }

    /** The cost calibrations the area, power and energy of any of these accelerators depend on, in table order. */
    public static List<String> costOf(List<AcceleratorSpec> accelerators) {
        Set<String> ids = new LinkedHashSet<>();
        for (AcceleratorSpec a : accelerators) ids.addAll(Calibrations.dependsOn(a));
        List<String> ordered = new ArrayList<>();
        for (Calibration c : Calibrations.ALL) if (ids.contains(c.id())) ordered.add(c.id());
        return ordered;
    }
}
