package org.coltrain.sim.exec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default engine: the points on a fixed number of threads of this JVM. Tasks are not serialized here (a task
 * that captures something unserializable still runs), which is why a distributed engine is tested against this one.
 */
public final class InProcessEngine implements PointEngine {

    public static final String NAME = "in-process";

    private final int threads;

    public InProcessEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public <P extends Serializable, R extends Serializable> List<R> evaluate(List<P> points, PointTask<P, R> task,
            Progress progress) throws PointFailure {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, points.size())));
        try {
            AtomicInteger finished = new AtomicInteger();
            List<Future<R>> futures = new ArrayList<>(points.size());
            for (P point : points) {
                futures.add(pool.submit(() -> {
                    R result = task.evaluate(point);
                    synchronized (progress) {
                        progress.finished(finished.incrementAndGet(), points.size());
                    }
                    return result;
                }));
            }
            List<R> results = new ArrayList<>(points.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Cancelled c) throw c;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new PointFailure(i, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Cancelled();
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
