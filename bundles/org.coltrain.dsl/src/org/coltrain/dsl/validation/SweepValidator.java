package org.coltrain.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.ParameterPath;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Experiment;
import org.coltrain.model.Sweep;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Sweeps: each value is checked as the attribute it replaces would be (a batch is a positive whole number, a
 * warm-up stays below the duration), no path is swept twice, and the points stay few enough to run.
 */
public class SweepValidator extends AbstractDeclarativeValidator {

    /** Most points one experiment's sweeps may have: each is a full simulation. */
    public static final int MAX_SWEEP_POINTS = 10_000;

    private static final ColtrainPackage P = ColtrainPackage.eINSTANCE;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkSweepValues(Sweep sweep) {
        if (!(sweep.eContainer() instanceof Experiment experiment) || sweep.getPath() == null) return;
        ParameterPath.Target target = ParameterPath.resolve(experiment, sweep.getPath());
        if (!target.valid()) return; // reported as sweepPathUnknown
        EAttribute attribute = target.attribute();
        boolean list = !sweep.getValues().isEmpty();
        List<Double> values = list ? sweep.getValues() : List.of(sweep.getFrom(), sweep.getTo());
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            EAttribute where = list ? P.getSweep_Values() : i == 0 ? P.getSweep_From() : P.getSweep_To();
            int index = list ? i : INSIGNIFICANT_INDEX;
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            boolean whole = type == int.class || type == long.class;
            if (UnitValidator.POSITIVE.contains(attribute) && v <= 0) {
                error("'" + attribute.getName() + "' must be positive, so every swept value must be above zero, not "
                        + Quantities.formatNumber(v), sweep, where, index, IssueCodes.NON_POSITIVE);
            } else if (whole && (v != Math.rint(v) || Math.abs(v) > (type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE))) {
                error("'" + attribute.getName() + "' is a whole number, so every swept value must be one, not "
                        + Quantities.formatNumber(v), sweep, where, index, IssueCodes.SWEEP_VALUE_NOT_WHOLE,
                        Quantities.formatNumber(Math.max(1, Math.rint(v))));
            } else if (attribute == P.getExperiment_WarmupS() && experiment.isSetDurationS() && v >= experiment.getDurationS()) {
                error("a swept warm-up (" + Quantities.formatNumber(v) + " s) must be shorter than the duration ("
                        + Quantities.formatNumber(experiment.getDurationS()) + " s); nothing would be measured", sweep, where,
                        index, IssueCodes.WARMUP_NOT_BELOW_DURATION);
            } else if (attribute == P.getExperiment_DurationS() && experiment.isSetWarmupS() && v <= experiment.getWarmupS()) {
                error("a swept duration (" + Quantities.formatNumber(v) + " s) must be longer than the warm-up ("
                        + Quantities.formatNumber(experiment.getWarmupS()) + " s); nothing would be measured", sweep, where,
                        index, IssueCodes.WARMUP_NOT_BELOW_DURATION);
            }
        }
        if (!list && sweep.isSetStep() && whole(attribute) && sweep.getStep() != Math.rint(sweep.getStep()))
            error("'" + attribute.getName() + "' is a whole number, so the step must be one, not "
                    + Quantities.formatNumber(sweep.getStep()), sweep, P.getSweep_Step(), IssueCodes.SWEEP_VALUE_NOT_WHOLE,
                    Quantities.formatNumber(Math.max(1, Math.rint(sweep.getStep()))));
    }

    @Check
    public void checkPathsSweptOnce(Experiment experiment) {
        Map<String, Sweep> seen = new HashMap<>();
        for (Sweep sweep : experiment.getSweeps())
            if (sweep.getPath() != null && seen.putIfAbsent(sweep.getPath(), sweep) != null)
                error("'" + sweep.getPath() + "' is swept twice; give all its values in one sweep", sweep, P.getSweep_Path(),
                        IssueCodes.GIVEN_TWICE);
    }

    @Check
    public void checkPointCount(Experiment experiment) {
        double points = 1;
        for (Sweep sweep : experiment.getSweeps()) points *= count(sweep);
        if (points > MAX_SWEEP_POINTS)
            error("the sweeps of experiment '" + experiment.getName() + "' have " + (Double.isFinite(points) && points < 1e15
                    ? Long.toString((long) points) : "more than 10^15") + " points, each a full simulation; at most "
                    + MAX_SWEEP_POINTS + " are run: use a larger step or fewer values", experiment, P.getExperiment_Sweeps(),
                    IssueCodes.SWEEP_TOO_MANY_POINTS);
    }

    /** Points of one sweep as the runner counts them; an empty or inverted range counts one (reported elsewhere). */
    private static double count(Sweep sweep) {
        if (!sweep.getValues().isEmpty()) return sweep.getValues().size();
        if (!(sweep.getStep() > 0) || !(sweep.getTo() >= sweep.getFrom())) return 1;
        return Math.floor((sweep.getTo() - sweep.getFrom()) / sweep.getStep() * (1 + 1e-9) + 1e-9) + 1;
    }

    private static boolean whole(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == int.class || type == long.class;
    }
}
