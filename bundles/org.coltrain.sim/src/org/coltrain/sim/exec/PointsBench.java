package org.coltrain.sim.exec;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.array.ReferenceNetworks;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.ServeBench;
import org.coltrain.sim.serve.ServingPoint;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Benchmark (prints figures, asserts nothing): design points per hour on each engine present, for two kinds of
 * point. Analytical: one accelerator shape (rows x cols x dataflow) costed by the cost model and timed on all of
 * ResNet-50 at one batch size by the array timing model, as a design search's bound does for every candidate.
 * Serving: one simulated second of {@link ServeBench}'s scenario (10k requests/s, adaptive batching, co-located
 * training), as a sweep point or a measured candidate. Each engine evaluates the same point list once to warm up (and,
 * for Spark, to start its context), then repeatedly for at least {@link #MEASURE_NS}; the checksum (cycles of the
 * analytical points plus events of the serving points) shows that every engine computed the same results.
 */
public final class PointsBench {

    private static final long MEASURE_NS = 3_000_000_000L;
    private static final int[] SIZES = {16, 32, 64, 128, 256};
    private static final int[] BATCHES = {1, 2, 4, 8, 16, 32, 64};

    private PointsBench() {
    }

    /** An analytical design point: the reference accelerator reshaped, at one batch size. */
    record ShapePoint(int rows, int cols, Dataflow dataflow, int batch) implements Serializable {
    }

    /** What the analytical model says of a point: cycles of one ResNet-50 inference, area, peak power. */
    record ShapeResult(long cycles, double areaMm2, double powerMw) implements Serializable {
    }

    static final PointTask<ShapePoint, ShapeResult> ANALYTICAL = p -> {
        AcceleratorSpec acc = ReferenceAccelerators.reshape(
                ReferenceAccelerators.costReference(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST)), 1,
                p.rows(), p.cols(), p.dataflow());
        AcceleratorCost cost = CostModel.of(acc);
        return new ShapeResult(NetworkTiming.of(acc, ReferenceNetworks.resnet50(), p.batch()).totalCycles(),
                cost.areaMm2(), cost.powerMw());
    };

    /**
     * Runs both kinds of point on the in-process engine at 1 and 2 threads and on every other engine named in
     * {@code engines} (Spark at local[1] and local[2]) that is on the class path.
     */
    public static void run(PrintWriter out, List<String> engines) throws PointFailure {
        List<ShapePoint> shapes = new ArrayList<>();
        for (int rows : SIZES)
            for (int cols : SIZES)
                for (Dataflow df : Dataflow.values())
                    for (int batch : BATCHES) shapes.add(new ShapePoint(rows, cols, df, batch));
        AcceleratorSpec acc = ReferenceAccelerators.costReference(EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST));
        List<ServingPoint> serving = new ArrayList<>();
        for (int seed = 1; seed <= 16; seed++) serving.add(new ServingPoint(ServeBench.scenario(1_000_000_000L, seed), acc));

        out.printf(Locale.ROOT, "PointsBench: %d analytical points (ResNet-50 timing + cost per shape and batch), "
                + "%d serving points (1 simulated s at 10k req/s each); %d cores%n", shapes.size(), serving.size(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-22s %22s %22s%n", "engine", "analytical points/h", "serving points/h");
        List<String[]> configs = new ArrayList<>(List.of(new String[] {InProcessEngine.NAME, "1"},
                new String[] {InProcessEngine.NAME, "2"}));
        for (String name : engines)
            if (!InProcessEngine.NAME.equals(name)) {
                configs.add(new String[] {name, "local[1]"});
                configs.add(new String[] {name, "local[2]"});
            }
        for (String[] config : configs) {
            boolean inProcess = InProcessEngine.NAME.equals(config[0]);
            PointEngineProvider.Options options = inProcess ? PointEngineProvider.Options.threads(Integer.parseInt(config[1]))
                    : new PointEngineProvider.Options(1, config[1], java.util.Map.of());
            PointEngine engine = PointEngines.byName(config[0], options).orElse(null);
            String label = config[0] + (inProcess ? " " + config[1] + " thread" + (config[1].equals("1") ? "" : "s") : " " + config[1]);
            if (engine == null) {
                out.printf(Locale.ROOT, "%-22s not on the class path (./coltrain bench points --engine %s)%n", label, config[0]);
                continue;
            }
            try {
                Rate<ShapeResult> analytical = perHour(engine, shapes, ANALYTICAL);
                Rate<ServingPoint.Result> simulated = perHour(engine, serving, ServingPoint.TASK);
                long checksum = 0;
                for (ShapeResult r : analytical.results()) checksum += r.cycles();
                for (ServingPoint.Result r : simulated.results()) checksum += r.result().events();
                out.printf(Locale.ROOT, "%-22s %22.0f %22.0f   checksum %d%n", label, analytical.perHour(),
                        simulated.perHour(), checksum);
            } finally {
                if (engine instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        out.println("  (the engine did not stop cleanly: " + e.getMessage() + ")");
                    }
                }
            }
            out.flush();
        }
    }

    /** Points per hour, and the results of the warm-up evaluation (for the checksum). */
    private record Rate<R>(double perHour, List<R> results) {
    }

    private static <P extends Serializable, R extends Serializable> Rate<R> perHour(PointEngine engine, List<P> points,
            PointTask<P, R> task) throws PointFailure {
        List<R> results = engine.evaluate(points, task, PointEngine.Progress.NONE);
        long evaluated = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            engine.evaluate(points, task, PointEngine.Progress.NONE);
            evaluated += points.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NS);
        return new Rate<>(evaluated * 3.6e12 / elapsed, results);
    }
}
