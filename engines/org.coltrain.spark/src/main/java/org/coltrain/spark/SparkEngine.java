package org.coltrain.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointFailure;
import org.coltrain.sim.exec.PointTask;

/**
 * Evaluates points with Apache Spark: the points, numbered, are split into partitions, each Spark task runs the
 * {@link PointTask} on the points of its partition, and the driver puts the results back in point order. A point that
 * throws does not fail its Spark task: its exception comes back as its outcome, so the lowest failing point is named
 * with the simulator's own message (as the in-process engine does), whichever executor ran it.
 *
 * <p>The Spark context is made on first use, for {@code master} ({@code local[*]} when none is given and Spark's own
 * {@code spark.master} setting, which {@code spark-submit} sets, is absent), and lives until {@link #close()}.
 * Simplification: progress advances per finished partition, not per point (Spark merges accumulators when a task
 * ends), and the remaining points still run after one has failed.
 */
public final class SparkEngine implements PointEngine, AutoCloseable {

    public static final String NAME = "spark";
    /** Partitions per core Spark offers: small enough to balance points of unequal cost, large enough to be cheap. */
    private static final int PARTITIONS_PER_CORE = 4;

    private final String master;
    private final Map<String, String> settings;
    private JavaSparkContext context;

    public SparkEngine(String master, Map<String, String> settings) {
        this.master = master;
        this.settings = Map.copyOf(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The master URL this engine runs on (after Spark's defaults). */
    public synchronized String master() {
        return context().master();
    }

    private synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("coltrain");
            if (master != null) conf.setMaster(master);
            else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
            conf.setIfMissing("spark.ui.enabled", "false");
            settings.forEach(conf::set);
            context = new JavaSparkContext(conf);
            context.setLogLevel("WARN");
        }
        return context;
    }

    @Override
    public <P extends Serializable, R extends Serializable> List<R> evaluate(List<P> points, PointTask<P, R> task,
            Progress progress) throws PointFailure {
        if (points.isEmpty()) return List.of();
        JavaSparkContext sc = context();
        List<Numbered<P>> numbered = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) numbered.add(new Numbered<>(i, points.get(i)));
        int partitions = Math.min(points.size(), Math.max(1, sc.defaultParallelism() * PARTITIONS_PER_CORE));
        LongAccumulator finished = sc.sc().longAccumulator("points finished");
        JavaRDD<Outcome<R>> outcomes = sc.parallelize(numbered, partitions).mapPartitions(new Evaluate<>(task, finished));
        JavaFutureAction<List<Outcome<R>>> job = outcomes.collectAsync();
        List<Outcome<R>> collected = await(job, finished, points.size(), progress);
        List<R> results = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) results.add(null);
        Outcome<R> firstFailure = null;
        for (Outcome<R> o : collected) {
            if (o.failure() != null) {
                if (firstFailure == null || o.index() < firstFailure.index()) firstFailure = o;
            } else results.set(o.index(), o.result());
        }
        if (firstFailure != null) {
            if (firstFailure.failure() instanceof Error err) throw err;
            throw new PointFailure(firstFailure.index(), firstFailure.failure());
        }
        return results;
    }

    private static <R> List<Outcome<R>> await(JavaFutureAction<List<Outcome<R>>> job, LongAccumulator finished, int total,
            Progress progress) {
        long reported = -1;
        while (true) {
            try {
                List<Outcome<R>> collected = job.get(200, TimeUnit.MILLISECONDS);
                if (reported < total) progress.finished(total, total);
                return collected;
            } catch (TimeoutException e) {
                long done = finished.value();
                if (done != reported) {
                    reported = done;
                    try {
                        progress.finished((int) done, total);
                    } catch (Cancelled c) {
                        job.cancel(true);
                        throw c;
                    }
                }
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw new Cancelled();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Spark could not run the points: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A point with its index in the list given to the engine. */
    record Numbered<P extends Serializable>(int index, P point) implements Serializable {
    }

    /** What a point gave: its result, or what it threw. */
    record Outcome<R>(int index, R result, Throwable failure) implements Serializable {
    }

    /** The Spark task: the point task on every point of one partition. */
    private static final class Evaluate<P extends Serializable, R extends Serializable>
            implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<Numbered<P>>, Outcome<R>> {
        private static final long serialVersionUID = 1L;

        private final PointTask<P, R> task;
        private final LongAccumulator finished;

        Evaluate(PointTask<P, R> task, LongAccumulator finished) {
            this.task = task;
            this.finished = finished;
        }

        @Override
        public Iterator<Outcome<R>> call(Iterator<Numbered<P>> points) {
            List<Outcome<R>> out = new ArrayList<>();
            while (points.hasNext()) {
                Numbered<P> p = points.next();
                try {
                    out.add(new Outcome<>(p.index(), task.evaluate(p.point()), null));
                } catch (Exception e) {
                    out.add(new Outcome<>(p.index(), null, e));
                }
                finished.add(1);
            }
            return out.iterator();
        }
    }
}
