package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the accuracy proxy's factors for the first and the last weight layer to measured accuracy: on trained digits
 * CNNs, each layer alone is moved whole to the second accelerator and its test-accuracy drop is measured against
 * its proxy. The drop per unit of proxy of each position (first, middle, last) is a least-squares slope through the
 * origin; a factor is its position's slope over the middle layers' slope.
 */
public final class EndLayerFit {

    /** Where a layer sits: the factor it gets. */
    public enum Position { FIRST, MIDDLE, LAST }

    /** One measurement: a layer moved whole, its proxy (factor 1) and the test-accuracy drop it caused (0..1). */
    public record Point(long seed, String layer, Position position, double proxy, double drop) {}

    /** The fitted factors, the middle slope (accuracy per unit of proxy) and the root-mean-square residual in accuracy. */
    public record Result(double firstFactor, double lastFactor, double middleSlope, double rmsResidual) {

        /** Predicted accuracy drop of a mapping from its per-layer proxies above all-first (factor 1). */
        public double predictDrop(double[] layerProxies) {
            double sum = 0;
            for (int i = 0; i < layerProxies.length; i++) sum += factor(position(i, layerProxies.length)) * layerProxies[i];
            return middleSlope * sum;
        }

        public double factor(Position p) {
            return p == Position.FIRST ? firstFactor : p == Position.LAST ? lastFactor : 1;
        }
    }

    private EndLayerFit() {
    }

    public static Position position(int layer, int layers) {
        return layer == 0 ? Position.FIRST : layer == layers - 1 ? Position.LAST : Position.MIDDLE;
    }

    /** Moves each layer of {@code net} alone to the second accelerator and measures the drop against all-first. */
    public static List<Point> measure(long seed, TrainedDigitsNetwork net, SplitSystem system) {
        List<ConvShape> shapes = net.shapes();
        MappingProblem p = new MappingProblem("digits", system, shapes,
                net.sensitivities(system.first().weights(), system.second().weights()));
        Mapping allFirst = p.allFirst();
        double base = net.accuracy(allFirst, system);
        List<Point> points = new ArrayList<>();
        for (int l = 0; l < shapes.size(); l++) {
            int[] counts = new int[shapes.size()];
            counts[l] = shapes.get(l).outChannels();
            Mapping m = p.evaluate(shapes.get(l).name(), counts);
            points.add(new Point(seed, shapes.get(l).name(), position(l, shapes.size()), m.proxy() - allFirst.proxy(),
                    base - net.accuracy(m, system)));
        }
        return points;
    }

    public static Result fit(List<Point> points) {
        double first = slope(points, Position.FIRST), middle = slope(points, Position.MIDDLE),
                last = slope(points, Position.LAST);
        if (!(middle > 0)) throw new IllegalArgumentException("the middle layers lose no accuracy: the factors are not determined");
        double sum = 0;
        for (Point q : points) {
            double slope = q.position() == Position.FIRST ? first : q.position() == Position.LAST ? last : middle;
            double r = q.drop() - slope * q.proxy();
            sum += r * r;
        }
        return new Result(first / middle, last / middle, middle, Math.sqrt(sum / points.size()));
    }

    private static double slope(List<Point> points, Position position) {
        double xy = 0, xx = 0;
        for (Point q : points) {
            if (q.position() != position) continue;
            xy += q.proxy() * q.drop();
            xx += q.proxy() * q.proxy();
        }
        if (xx == 0) throw new IllegalArgumentException("no measurement of a " + position.name().toLowerCase() + " layer");
        return xy / xx;
    }
}
