package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-range sensitivity of a search's measured candidates: for each range of the space with more than one value and
 * each objective, the mean of the objective over the measured candidates at each value of the range, and the spread
 * of those means. A main-effect estimate, not a variance decomposition: a random or NSGA-II sample that visits some
 * values more often in good company skews it.
 */
final class RangeSensitivity {

    private RangeSensitivity() {
    }

    /** A range of the space: its name, how many values it has, and a candidate's value on it as text. */
    private record Range(String name, int size, Function<DesignCoordinates, String> value) {
    }

    static List<ExploreOutcome.Sensitivity> of(DesignSpaceSpec space, List<Objective> objectives,
            List<ExploreOutcome.Row> rows) {
        List<Range> ranges = List.of(new Range("rows", space.rows().size(), c -> Integer.toString(c.rows())),
                new Range("cols", space.cols().size(), c -> Integer.toString(c.cols())),
                new Range("dataflow", space.dataflows().size(), DesignCoordinates::dataflowName),
                new Range("buffers", space.bufferBytes().size(), c -> c.bufferBytes() % (1L << 20) == 0
                        ? (c.bufferBytes() >> 20) + "MiB" : c.bufferBytes() + "B"),
                new Range("encoding", space.encodings().size(), c -> c.encoding().shortName()),
                new Range("count", space.counts().size(), c -> Integer.toString(c.count())),
                new Range("clock", space.clocksHz().size(), c -> DesignCoordinates.clockLabel(c.clockHz())),
                new Range("dram", space.drams().size(), c -> c.dram().label()));
        List<ExploreOutcome.Sensitivity> out = new ArrayList<>();
        for (Range range : ranges) {
            if (range.size() < 2) continue;
            for (int o = 0; o < objectives.size(); o++) {
                Map<String, double[]> sums = new LinkedHashMap<>();
                for (ExploreOutcome.Row r : rows) {
                    if (r.status() != ExploreOutcome.Status.MEASURED || !Double.isFinite(r.values()[o])) continue;
                    double[] s = sums.computeIfAbsent(range.value().apply(r.candidate().at()), k -> new double[2]);
                    s[0] += r.values()[o];
                    s[1]++;
                }
                List<String> values = new ArrayList<>(sums.keySet());
                double[] means = new double[values.size()];
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < means.length; i++) {
                    double[] s = sums.get(values.get(i));
                    means[i] = s[0] / s[1];
                    lo = Math.min(lo, means[i]);
                    hi = Math.max(hi, means[i]);
                }
                out.add(new ExploreOutcome.Sensitivity(range.name(), objectives.get(o), values, means,
                        means.length < 2 ? Double.NaN : hi - lo));
            }
        }
        return out;
    }
}
