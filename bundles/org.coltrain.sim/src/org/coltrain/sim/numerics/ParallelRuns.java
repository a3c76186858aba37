package org.coltrain.sim.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent, seeded runs on a fixed pool of threads, results in submission order: the results do not depend on
 * the thread count because no run shares state with another.
 */
final class ParallelRuns {

    @FunctionalInterface
    interface Run<T> {
        T run();
    }

    private ParallelRuns() {}

    static <T> List<T> inOrder(List<Run<T>> runs, int threads) {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        List<T> out = new ArrayList<>();
        if (threads == 1) {
            for (Run<T> r : runs) out.add(r.run());
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "numerics-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Run<T> r : runs) futures.add(pool.submit(r::run));
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
