package org.coltrain.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.ParameterPath;
import org.coltrain.bridge.SchedulerOptions;
import org.coltrain.dsl.units.Dimension;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.dsl.units.Unit;
import org.coltrain.model.Accelerator;
import org.coltrain.model.Cluster;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Experiment;
import org.coltrain.model.Network;
import org.coltrain.model.Scheduler;
import org.coltrain.model.Service;
import org.coltrain.model.Setting;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.Sweep;
import org.coltrain.model.TensorShape;
import org.coltrain.model.TrainingJob;
import org.coltrain.model.Workload;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.cost.CostOptions;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * What the simulator core needs of every model it runs, checked before the run so that no model that validates
 * stops a run with an exception or spins: quantities within the range it computes in (no negative time or energy,
 * no 1e20 GHz clock), tensors whose element counts fit, a workload with something to do, a network with layers to
 * train, and a run whose arrivals (rate times duration) can be simulated in reasonable time.
 */
public class RunPreconditionsValidator extends AbstractDeclarativeValidator {

    /**
     * Most requests one run may simulate: each is a few events, and the event engine handles some millions per
     * second ({@code coltrain bench serve}), so this bound is minutes of wall time, not hours or days.
     */
    public static final double MAX_ARRIVALS = 1e9;

    /** Elements of one tensor: the timing model counts them in ints. */
    static final long MAX_TENSOR_ELEMENTS = Integer.MAX_VALUE;

    private static final ColtrainPackage P = ColtrainPackage.eINSTANCE;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkQuantityRanges(EObject object) {
        if (object instanceof Setting || object instanceof Sweep) return;
        forEachQuantity(object, (attribute, index, si, dimension) -> range(object, attribute, index, si, dimension));
    }

    private interface QuantityVisitor {
        void visit(EAttribute attribute, int index, double si, Dimension dimension);
    }

    /** Every set quantity (a double with a dimension) of one object, list elements one by one. */
    private static void forEachQuantity(EObject object, QuantityVisitor visitor) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type != double.class || !object.eIsSet(attribute)) continue;
            Dimension dimension = dimension(attribute);
            if (dimension == Dimension.DIMENSIONLESS) continue;
            if (attribute.isMany()) {
                List<?> values = (List<?>) object.eGet(attribute);
                for (int i = 0; i < values.size(); i++) visitor.visit(attribute, i, ((Number) values.get(i)).doubleValue(), dimension);
            } else {
                visitor.visit(attribute, INSIGNIFICANT_INDEX, ((Number) object.eGet(attribute)).doubleValue(), dimension);
            }
        }
    }

    /** Whether an element and everything in it holds only quantities the simulator computes in. */
    private static boolean allQuantitiesInRange(EObject root) {
        boolean[] inRange = {true};
        QuantityVisitor check = (attribute, index, si, dimension) -> inRange[0] &= si >= 0 && si <= dimension.maxSi();
        forEachQuantity(root, check);
        root.eAllContents().forEachRemaining(o -> forEachQuantity(o, check));
        return inRange[0];
    }

    @Check
    public void checkSettingRange(Setting setting) {
        if (!setting.isSetValue()) return;
        Optional<String> dimension = setting.eContainer() instanceof Accelerator
                ? CostOptions.find(setting.getKey()).map(CostOptions.Option::dimension)
                : setting.eContainer() instanceof Scheduler ? SchedulerOptions.find(setting.getKey()).map(SchedulerOptions.Option::dimension)
                : Optional.empty();
        if (dimension.isEmpty()) return; // an unknown key is reported as unknownSetting
        Dimension d = Dimension.fromAnnotation(dimension.get());
        if (d != Dimension.DIMENSIONLESS) range(setting, P.getSetting_Value(), INSIGNIFICANT_INDEX, setting.getValue(), d);
    }

    @Check
    public void checkSweepRange(Sweep sweep) {
        if (!(sweep.eContainer() instanceof Experiment experiment) || sweep.getPath() == null) return;
        ParameterPath.Target target = ParameterPath.resolve(experiment, sweep.getPath());
        if (!target.valid()) return;
        Dimension d = dimension(target.attribute());
        if (d == Dimension.DIMENSIONLESS) return;
        for (int i = 0; i < sweep.getValues().size(); i++) range(sweep, P.getSweep_Values(), i, sweep.getValues().get(i), d);
        if (sweep.isSetFrom()) range(sweep, P.getSweep_From(), INSIGNIFICANT_INDEX, sweep.getFrom(), d);
        if (sweep.isSetTo()) range(sweep, P.getSweep_To(), INSIGNIFICANT_INDEX, sweep.getTo(), d);
    }

    private void range(EObject object, EAttribute attribute, int index, double si, Dimension d) {
        String name = attribute == P.getSetting_Value() ? ((Setting) object).getKey() : attribute.getName();
        String noun = d == Dimension.DATA ? "size" : d.name().toLowerCase(java.util.Locale.ROOT);
        String value = Unit.bySymbol(d.preferredUnit()).map(u -> Quantities.format(si, u)).orElse(Quantities.formatNumber(si));
        if (si < 0 && UnitValidator.POSITIVE.contains(attribute)) return; // reported as nonPositive
        if (si < 0)
            error("'" + name + "' is " + value + "; " + (noun.matches("^[aeiou].*") ? "an " : "a ") + noun
                    + " cannot be negative", object, attribute, index, IssueCodes.OUT_OF_RANGE);
        else if (si > d.maxSi())
            error("'" + name + "' is " + value + ", beyond the range the simulator "
                    + "computes in (at most " + d.maxText() + "); give a value of a real design", object, attribute, index,
                    IssueCodes.OUT_OF_RANGE);
    }

    @Check
    public void checkTensorSize(TensorShape shape) {
        long elements = 1;
        for (EAttribute a : List.of(P.getTensorShape_Channels(), P.getTensorShape_Height(), P.getTensorShape_Width()))
            if (shape.eIsSet(a)) elements = saturatingMultiply(elements, Math.max(1, (Integer) shape.eGet(a)));
        if (elements > MAX_TENSOR_ELEMENTS)
            error("this tensor has " + (elements == Long.MAX_VALUE ? "more than 9.2e18" : Long.toString(elements))
                    + " elements; the timing model counts at most " + MAX_TENSOR_ELEMENTS + " per tensor", shape,
                    P.getTensorShape_Channels(), IssueCodes.OUT_OF_RANGE);
    }

    @Check
    public void checkWorkloadHasWork(Workload workload) {
        if (workload.getServices().isEmpty() && workload.getTrainingJobs().isEmpty())
            error("workload '" + workload.getName() + "' has no service and no training job: there is nothing to simulate; add "
                    + "e.g. 'training tune { network MyNet batch 32 }'", workload, P.getElement_Name(), IssueCodes.EMPTY_WORKLOAD);
    }

    @Check
    public void checkTrainedNetworkHasLayers(TrainingJob job) {
        if (job.getNetwork() != null && !job.getNetwork().eIsProxy() && job.getNetwork().getLayers().isEmpty())
            emptyNetwork(job.getNetwork(), job, P.getTrainingJob_Network());
    }

    @Check
    public void checkServedNetworkHasLayers(Service service) {
        if (service.getNetwork() != null && !service.getNetwork().eIsProxy() && service.getNetwork().getLayers().isEmpty())
            emptyNetwork(service.getNetwork(), service, P.getService_Network());
    }

    private void emptyNetwork(Network network, EObject user, org.eclipse.emf.ecore.EReference feature) {
        error("network '" + network.getName() + "' has no layers, so there is nothing to compute; add one, e.g. 'dense fc out 10'",
                user, feature, IssueCodes.EMPTY_NETWORK);
    }

    @Check
    public void checkExperimentRunLength(Experiment e) {
        if (e.isSetDurationS() && e.getWorkload() != null && !e.getWorkload().eIsProxy())
            runLength(e, e.getWorkload(), e.getDurationS(), P.getExperiment_DurationS());
    }

    /**
     * Training alone also makes work items: the engine runs a step per chunk when no request interrupts it, so a
     * run holds about duration / step time chunks of its fastest job; bounded like the arrivals.
     */
    @Check
    public void checkExperimentTrainingLength(Experiment e) {
        if (!e.isSetDurationS() || !(e.getDurationS() <= Dimension.TIME.maxSi()) || e.getWorkload() == null
                || e.getWorkload().eIsProxy() || e.getAccelerator() == null || e.getAccelerator().eIsProxy()
                || !allQuantitiesInRange(e.getAccelerator()))
            return; // an out-of-range quantity is reported as such; a step time computed from it means nothing
        for (TrainingJob job : e.getWorkload().getTrainingJobs()) {
            if (job.getNetwork() == null || job.getNetwork().eIsProxy() || job.getBatch() < 1) continue;
            double stepNs;
            try {
                stepNs = NetworkTiming.trainingStep(ModelToSim.accelerator(e.getAccelerator()),
                        ModelToSim.network(job.getNetwork()), job.getBatch()).latencyNs();
            } catch (RuntimeException incomplete) {
                continue; // other checks say what is missing
            }
            double steps = e.getDurationS() * 1e9 / stepNs;
            if (stepNs > 0 && steps > MAX_ARRIVALS)
                error("this run would simulate about " + String.format(java.util.Locale.ROOT, "%.2g", steps)
                        + " training steps of '" + job.getName() + "' (the duration over its "
                        + String.format(java.util.Locale.ROOT, "%.3g", stepNs / 1e3) + " us step); at most "
                        + String.format(java.util.Locale.ROOT, "%.0g", MAX_ARRIVALS) + " are simulated in one run: "
                        + "shorten the duration", e, P.getExperiment_DurationS(), IssueCodes.RUN_TOO_LONG);
        }
    }

    /** The longest point of a sweep that raises a rate or the duration: arrivals scale with the swept value. */
    @Check
    public void checkSweptRunLength(Sweep sweep) {
        if (!(sweep.eContainer() instanceof Experiment e) || sweep.getPath() == null || !e.isSetDurationS()
                || e.getWorkload() == null || e.getWorkload().eIsProxy())
            return;
        ParameterPath.Target target = ParameterPath.resolve(e, sweep.getPath());
        if (!target.valid() || !(target.owner().eGet(target.attribute()) instanceof Double current) || !(current > 0)) return;
        boolean rate = dimension(target.attribute()) == Dimension.RATE, duration = target.attribute() == P.getExperiment_DurationS();
        if (!rate && !duration) return;
        double max = sweep.getValues().isEmpty() ? Math.max(sweep.getFrom(), sweep.getTo())
                : sweep.getValues().stream().mapToDouble(Double::doubleValue).max().orElse(current);
        if (!(max <= (rate ? Dimension.RATE : Dimension.TIME).maxSi())) return; // out of range, reported as such
        double arrivals = arrivals(e.getWorkload(), e.getDurationS()) * (max / current);
        if (arrivals > MAX_ARRIVALS) tooLong(sweep, arrivals, sweep.getValues().isEmpty() ? P.getSweep_To() : P.getSweep_Values());
    }

    @Check
    public void checkClusterRunLength(Cluster c) {
        if (c.isSetDurationS() && c.getWorkload() != null && !c.getWorkload().eIsProxy())
            runLength(c, c.getWorkload(), c.getDurationS(), P.getCluster_DurationS());
    }

    @Check
    public void checkServingRunLength(SuperNetServing s) {
        double arrivals = ExperimentValidator.meanRateHz(s.getArrival()) * s.getDurationS();
        if (arrivals > MAX_ARRIVALS && s.getDurationS() <= Dimension.TIME.maxSi()) tooLong(s, arrivals, P.getSuperNetServing_DurationS());
    }

    /** Requests a run of the workload would simulate: the mean rates times the duration. */
    private static double arrivals(Workload workload, double durationS) {
        double arrivals = 0;
        for (Service service : workload.getServices()) arrivals += ExperimentValidator.meanRateHz(service.getArrival()) * durationS;
        return arrivals;
    }

    private void runLength(EObject owner, Workload workload, double durationS, EAttribute duration) {
        double arrivals = arrivals(workload, durationS);
        // an out-of-range rate or duration is reported as such; this estimate is for values within range
        if (arrivals > MAX_ARRIVALS && durationS <= Dimension.TIME.maxSi() && Double.isFinite(arrivals)) tooLong(owner, arrivals, duration);
    }

    private void tooLong(EObject owner, double arrivals, EAttribute duration) {
        error("this run would simulate about " + String.format(java.util.Locale.ROOT, "%.2g", arrivals)
                + " requests (mean rate times duration); at most " + String.format(java.util.Locale.ROOT, "%.0g", MAX_ARRIVALS)
                + " are simulated in one run: shorten the duration or lower the rate", owner, duration, IssueCodes.RUN_TOO_LONG);
    }

    private static Dimension dimension(EAttribute attribute) {
        EAnnotation unit = attribute.getEAnnotation(UnitValidator.UNIT_ANNOTATION);
        return Dimension.fromAnnotation(unit == null ? null : unit.getDetails().get("dimension"));
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
