package org.coltrain.sim.study;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coltrain.sim.mapping.MappingCalibrations;

/**
 * The calibrations the shipped studies' figures depend on, declared in one place (the ids {@code claims.csv} prints
 * in {@code depends_on}; a package that declares its own, as the mapping package does, is included from there); an
 * id that is not declared here is an error ({@link #require}).
 */
public final class Calibrations {

    /**
     * Area (1900 um2) and energy (1200 fJ) of the HBFP exponent path of a dot-product unit (CostDefaults): between a
     * bare exponent adder and an FP32 adder (Horowitz, ISSCC 2014), chosen so that the reference design shows
     * Equinox's (MICRO 2021, Sec. 6) +13% power and +4% area of HBFP8 over fixed8.
     */
    public static final Calibration HBFP_EXPONENT_PATH = new Calibration("hbfp.exponent_path",
            "HBFP exponent path area 1900 um2 and energy 1200 fJ per dot-product unit (CostDefaults), chosen so that "
                    + "the reference design shows Equinox's +13% power and +4% area",
            List.of("cost:power_overhead", "cost:area_overhead"));

    /**
     * The accuracy proxy's calibrations of the mapping studies, as the mapping package declares them (value, bounds,
     * data fitted to, residual: {@link MappingCalibrations}); none was fitted to a figure of the ODiMO paper.
     */
    public static final List<Calibration> MAPPING = MappingCalibrations.all().stream()
            .map(p -> new Calibration(p.id(), p.value() + " in [" + p.low() + ", " + p.high() + "] (" + p.boundsSource()
                    + "); fitted to " + p.fittedTo() + ", residual " + p.residual() + " (" + p.residualUnit() + ")",
                    List.of()))
            .toList();

    /** The SubNets' accuracies of the SUSHI example (ofa_mbv3.coltrain): illustrative OFA-style values. */
    public static final Calibration SUSHI_SUBNET_ACCURACY = new Calibration("sushi.subnet_accuracy",
            "SubNet accuracies of ofa_mbv3.coltrain (illustrative, OFA-style; not measured)", List.of());

    private static final List<Calibration> ALL = Stream.of(List.of(HBFP_EXPONENT_PATH, SUSHI_SUBNET_ACCURACY), MAPPING)
            .flatMap(List::stream).toList();

    private Calibrations() {
    }

    public static List<Calibration> all() { return ALL; }

    public static Optional<Calibration> find(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The declared calibration of this id; an undeclared id is a programming error of the study that names it. */
    public static Calibration require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("calibration '" + id + "' is not declared in "
                + "Calibrations; declared: " + ALL.stream().map(Calibration::id).toList()));
    }
}
