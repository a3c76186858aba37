package org.coltrain.bridge;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.model.Experiment;
import org.coltrain.model.Sweep;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * An experiment's {@code sweep} entries as points: the cartesian product of each entry's values (first entry
 * varies slowest, as nested loops in the order written), and each point applied to a private copy of the models.
 */
public final class SweepPoints {

    /** One swept value: its path from the experiment and its values in SI, in order. */
    public record Axis(String path, double[] values) {
        public Axis {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** One point of the product: its index (row order) and one value per axis. */
    public record Point(int index, double[] values) {
        public Point {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private SweepPoints() {
    }

    /** The axes of a validated experiment; its ranges are non-empty (the validator checks from <= to, step > 0). */
    public static List<Axis> axes(Experiment experiment) {
        List<Axis> axes = new ArrayList<>();
        for (Sweep s : experiment.getSweeps()) axes.add(new Axis(s.getPath(), values(s)));
        return axes;
    }

    static double[] values(Sweep s) {
        if (!s.getValues().isEmpty()) return s.getValues().stream().mapToDouble(Double::doubleValue).toArray();
        // count from the span, with a relative tolerance so that 'from 0.1 to 0.3 step 0.1' includes 0.3
        int n = (int) Math.floor((s.getTo() - s.getFrom()) / s.getStep() * (1 + 1e-9) + 1e-9) + 1;
        double[] values = new double[n];
        // from + i * step rather than a running sum, so that rounding errors do not accumulate
        for (int i = 0; i < n; i++) values[i] = s.getFrom() + i * s.getStep();
        return values;
    }

    /** Every combination of the axes' values; a single point without values when there are no axes. */
    public static List<Point> points(List<Axis> axes) {
        long count = 1;
        for (Axis a : axes) count = Math.multiplyExact(count, a.values.length);
        List<Point> points = new ArrayList<>(Math.toIntExact(count));
        for (int index = 0; index < count; index++) {
            double[] values = new double[axes.size()];
            int rest = index;
            for (int a = axes.size() - 1; a >= 0; a--) {
                double[] axis = axes.get(a).values;
                values[a] = axis[rest % axis.length];
                rest /= axis.length;
            }
            points.add(new Point(index, values));
        }
        return points;
    }

    /**
     * A copy of every model in the experiment's resource set with the point's values set, and the copy of the
     * experiment. The originals are not changed, so points can be applied and run in parallel.
     */
    public static Experiment apply(Experiment experiment, List<Axis> axes, Point point) {
        ResourceSet original = experiment.eResource().getResourceSet();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        ResourceSet copies = new ResourceSetImpl();
        synchronized (original) {
            for (Resource r : original.getResources()) {
                Resource copy = new ResourceImpl(r.getURI());
                copy.getContents().addAll(copier.copyAll(r.getContents()));
                copies.getResources().add(copy);
            }
            copier.copyReferences();
        }
        Experiment copy = (Experiment) copier.get(experiment);
        for (int a = 0; a < axes.size(); a++) {
            ParameterPath.Target target = ParameterPath.resolve(copy, axes.get(a).path());
            if (!target.valid()) throw new IllegalArgumentException(target.error());
            target.set(point.values[a]);
        }
        return copy;
    }
}
