package org.coltrain.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coltrain.bridge.ParameterPath;
import org.coltrain.bridge.SchedulerOptions;
import org.coltrain.dsl.units.Dimension;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.dsl.units.Unit;
import org.coltrain.model.Accelerator;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Experiment;
import org.coltrain.model.Scheduler;
import org.coltrain.model.Setting;
import org.coltrain.model.Sweep;
import org.coltrain.sim.cost.CostOptions;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Units of quantities, positivity of sizes, and the keys of settings. */
public class UnitValidator extends AbstractDeclarativeValidator {

    static final String UNIT_ANNOTATION = "http://www.coltrain.org/unit";

    /** Attributes that must be > 0 when given: sizes, counts, rates, durations. */
    static final Set<EAttribute> POSITIVE = Set.of(
            ColtrainPackage.Literals.ALU_ARRAY__COUNT, ColtrainPackage.Literals.ALU_ARRAY__ROWS,
            ColtrainPackage.Literals.ALU_ARRAY__COLS, ColtrainPackage.Literals.ALU_ARRAY__CLOCK_HZ,
            ColtrainPackage.Literals.BUFFER__SIZE_BYTES, ColtrainPackage.Literals.DRAM__BANDWIDTH_BYTES_PER_S,
            ColtrainPackage.Literals.DRAM__CAPACITY_BYTES, ColtrainPackage.Literals.DRAM__COUNT,
            ColtrainPackage.Literals.TENSOR_SHAPE__CHANNELS,
            ColtrainPackage.Literals.TENSOR_SHAPE__HEIGHT, ColtrainPackage.Literals.TENSOR_SHAPE__WIDTH,
            ColtrainPackage.Literals.CONV2D__OUT_CHANNELS, ColtrainPackage.Literals.CONV2D__KERNEL,
            ColtrainPackage.Literals.CONV2D__KERNEL_WIDTH, ColtrainPackage.Literals.CONV2D__STRIDE,
            ColtrainPackage.Literals.CONV2D__GROUPS, ColtrainPackage.Literals.LAYER__IN_CHANNELS,
            ColtrainPackage.Literals.DENSE__OUT_FEATURES, ColtrainPackage.Literals.MATMUL__COUNT,
            ColtrainPackage.Literals.MATMUL__M, ColtrainPackage.Literals.MATMUL__K, ColtrainPackage.Literals.MATMUL__N,
            ColtrainPackage.Literals.POOL__KERNEL, ColtrainPackage.Literals.POOL__STRIDE,
            ColtrainPackage.Literals.SERVICE__SLO_LATENCY_S, ColtrainPackage.Literals.SERVICE__MAX_BATCH,
            ColtrainPackage.Literals.POISSON_ARRIVAL__RATE_HZ, ColtrainPackage.Literals.MMPP_ARRIVAL__HIGH_RATE_HZ,
            ColtrainPackage.Literals.MMPP_ARRIVAL__MEAN_HIGH_S, ColtrainPackage.Literals.MMPP_ARRIVAL__MEAN_LOW_S,
            ColtrainPackage.Literals.DIURNAL_ARRIVAL__MEAN_RATE_HZ, ColtrainPackage.Literals.DIURNAL_ARRIVAL__PERIOD_S,
            ColtrainPackage.Literals.TRAINING_JOB__BATCH, ColtrainPackage.Literals.TRAINING_JOB__SAMPLES,
            ColtrainPackage.Literals.EXPERIMENT__DURATION_S,
            ColtrainPackage.Literals.EXPLORE__TRAINING_LOAD_HZ);

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkUnits(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (object instanceof Setting || object instanceof Sweep) continue;
            String dimension = attribute.getEAnnotation(UNIT_ANNOTATION) == null ? null
                    : attribute.getEAnnotation(UNIT_ANNOTATION).getDetails().get("dimension");
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type != double.class) continue;
            checkQuantity(object, attribute, Dimension.fromAnnotation(dimension));
        }
    }

    /** Sweep values carry the unit of the value they vary ('1000 /s' for a rate, a plain number for a batch size). */
    @Check
    public void checkSweepUnits(Sweep sweep) {
        if (!(sweep.eContainer() instanceof Experiment experiment) || sweep.getPath() == null) return;
        ParameterPath.Target target = ParameterPath.resolve(experiment, sweep.getPath());
        if (!target.valid()) return; // reported as sweepPathUnknown
        EAnnotation unit = target.attribute().getEAnnotation(UNIT_ANNOTATION);
        Dimension expected = Dimension.fromAnnotation(unit == null ? null : unit.getDetails().get("dimension"));
        for (EAttribute attribute : List.of(ColtrainPackage.Literals.SWEEP__VALUES, ColtrainPackage.Literals.SWEEP__FROM,
                ColtrainPackage.Literals.SWEEP__TO, ColtrainPackage.Literals.SWEEP__STEP))
            checkQuantity(sweep, attribute, expected);
    }

    @Check
    public void checkPositive(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!POSITIVE.contains(attribute) || !object.eIsSet(attribute)) continue;
            if (((Number) object.eGet(attribute)).doubleValue() <= 0)
                error("'" + attribute.getName() + "' must be positive; give a value above zero", object, attribute,
                        IssueCodes.NON_POSITIVE);
        }
    }

    @Check
    public void checkCostSetting(Accelerator accelerator) {
        for (Setting setting : accelerator.getCostSettings()) {
            Optional<CostOptions.Option> option = CostOptions.find(setting.getKey());
            if (option.isEmpty()) {
                unknownKey(setting, CostOptions.ALL.stream().map(CostOptions.Option::key).toList());
            } else {
                checkQuantity(setting, ColtrainPackage.Literals.SETTING__VALUE, Dimension.fromAnnotation(option.get().dimension()));
            }
        }
    }

    @Check
    public void checkSchedulerSetting(Scheduler scheduler) {
        for (Setting setting : scheduler.getSettings()) {
            Optional<SchedulerOptions.Option> option = SchedulerOptions.find(setting.getKey());
            // A user-written policy's settings are its own: the policy checks their names when it is built.
            if (option.isEmpty() && scheduler.getPolicyClass() != null) continue;
            if (option.isEmpty()) {
                unknownKey(setting, SchedulerOptions.ALL.stream().map(SchedulerOptions.Option::key).toList());
            } else {
                checkQuantity(setting, ColtrainPackage.Literals.SETTING__VALUE, Dimension.fromAnnotation(option.get().dimension()));
            }
        }
    }

    @Check
    public void checkDuplicateSettings(EObject owner) {
        Set<String> seen = new HashSet<>();
        for (EObject child : owner.eContents()) {
            if (child instanceof Setting s && !seen.add(s.getKey()))
                error("'" + s.getKey() + "' is set twice; remove one", s, ColtrainPackage.Literals.SETTING__KEY,
                        IssueCodes.DUPLICATE_NAME);
        }
    }

    private void unknownKey(Setting setting, List<String> known) {
        error("unknown setting '" + setting.getKey() + "'; known: " + String.join(", ", known), setting,
                ColtrainPackage.Literals.SETTING__KEY, IssueCodes.UNKNOWN_SETTING, known.toArray(String[]::new));
    }

    private void checkQuantity(EObject object, EAttribute attribute, Dimension expected) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
        for (int i = 0; i < nodes.size(); i++) {
            INode node = nodes.get(i);
            Optional<Quantities.Literal> literal = Quantities.parse(NodeModelUtils.getTokenText(node));
            if (literal.isEmpty()) continue;
            String unitText = literal.get().unitText();
            Optional<Unit> unit = literal.get().unit();
            int index = attribute.isMany() ? i : INSIGNIFICANT_INDEX;
            if (unitText.isEmpty() && expected != Dimension.DIMENSIONLESS) {
                error("'" + attribute(attribute) + "' needs a unit of " + describe(expected) + ", e.g. '"
                        + Quantities.formatNumber(literal.get().number()) + " " + expected.preferredUnit() + "'",
                        object, attribute, index, IssueCodes.MISSING_UNIT, expected.preferredUnit());
            } else if (unit.isPresent() && !unit.get().fits(expected)) {
                error("'" + unitText + "' is a unit of " + describe(unit.get().dimension()) + ", but '"
                        + attribute(attribute) + "' is " + describe(expected) + (expected == Dimension.DIMENSIONLESS
                                ? "; remove the unit" : "; use a unit such as " + expected.preferredUnit()),
                        object, attribute, index, IssueCodes.WRONG_UNIT_DIMENSION, expected.preferredUnit());
            }
        }
    }

    /**
     * Whether every quantity of {@code root} and its contents is written with a unit of its attribute's dimension;
     * checks that compute with the values skip a part that {@link #checkUnits} reports.
     */
    static boolean quantitiesWellFormed(EObject root) {
        List<EObject> objects = new java.util.ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                EAnnotation unit = attribute.getEAnnotation(UNIT_ANNOTATION);
                if (unit == null || attribute.getEAttributeType().getInstanceClass() != double.class) continue;
                Dimension expected = Dimension.fromAnnotation(unit.getDetails().get("dimension"));
                for (INode node : NodeModelUtils.findNodesForFeature(object, attribute)) {
                    Optional<Quantities.Literal> literal = Quantities.parse(NodeModelUtils.getTokenText(node));
                    if (literal.isPresent() && !fits(literal.get(), expected)) return false;
                }
            }
        }
        return true;
    }

    /** A literal fits a dimension: a known unit of it, or no unit for a plain number. */
    private static boolean fits(Quantities.Literal literal, Dimension expected) {
        if (literal.unitText().isEmpty()) return expected == Dimension.DIMENSIONLESS;
        return literal.unit().isPresent() && literal.unit().get().fits(expected);
    }

    private static String attribute(EStructuralFeature f) {
        return f == ColtrainPackage.Literals.SETTING__VALUE ? "value" : f.getName();
    }

    private static String describe(Dimension d) {
        return d == Dimension.DIMENSIONLESS ? "a plain number" : d.name().toLowerCase(java.util.Locale.ROOT);
    }
}
