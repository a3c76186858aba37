package org.acme;

import org.coltrain.sim.serve.sched.AcceleratorView;
import org.coltrain.sim.serve.sched.QueueView;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.SchedulerSettings;
import org.coltrain.sim.serve.sched.ServiceTarget;

/**
 * Earliest deadline first across services, with training throttled to a share of the accelerator's time: an
 * example of a user-written policy (see README.md next to this project's model).
 *
 * <ul>
 * <li>Which service: the one whose oldest waiting request has the earliest deadline (arrival + SLO), instead of
 * the built-ins' fixed priority order, so a tight-SLO service is not starved by a loose one of equal priority.</li>
 * <li>How many: the largest batch whose table latency still meets that oldest deadline (as adaptive batching),
 * and never waits for a batch to fill.</li>
 * <li>Training: the free accelerator starts a training step only while training has used less than
 * {@code max_training_share} of the time so far, so requests that arrive more often find it idle instead of in
 * a segment (default 1: always train, as the built-ins do).</li>
 * </ul>
 *
 * Settings: {@code max_training_share} (dimensionless, in [0, 1]).
 */
public final class EdfPolicy implements Scheduler {

    private final double maxTrainingShare;

    public EdfPolicy(SchedulerSettings settings) {
        settings.allowOnly(name(), "max_training_share");
        maxTrainingShare = settings.value("max_training_share", 1.0);
        if (!(maxTrainingShare >= 0 && maxTrainingShare <= 1))
            throw new IllegalArgumentException("max_training_share must be in [0, 1], was " + maxTrainingShare);
    }

    @Override
    public long rank(QueueView queue, ServiceTarget service, long nowNs) {
        return queue.oldestDeadlineNs();
    }

    @Override
    public int batchSize(QueueView queue, ServiceTarget service, long nowNs) {
        int limit = Math.min(queue.size(), service.maxBatch());
        if (limit == 0) return 0;
        long slackNs = queue.oldestDeadlineNs() - nowNs;
        for (int b = limit; b >= 1; b--)
            if (service.batchLatencyNs(b) <= slackNs) return b;
        // Late whatever we do: the largest batch drains the backlog fastest.
        return limit;
    }

    @Override
    public long wakeUpNs(QueueView queue, ServiceTarget service, long nowNs) {
        return Long.MAX_VALUE;
    }

    @Override
    public boolean mayTrain(AcceleratorView accelerator) {
        return maxTrainingShare >= 1 || accelerator.trainingBusyNs() < maxTrainingShare * accelerator.nowNs();
    }

    @Override
    public String name() {
        return "edf";
    }
}
