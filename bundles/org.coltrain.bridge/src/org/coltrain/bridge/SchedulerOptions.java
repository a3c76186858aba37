package org.coltrain.bridge;

import java.util.List;
import java.util.Optional;

/**
 * The scheduler settings a model may give ({@code scheduler adaptive { preemption_cost = 2 us }}), declared once:
 * validation, content assist and the mapping to {@code ServingConfig} read this table. Values are SI.
 */
public final class SchedulerOptions {

    public record Option(String key, String dimension, double defaultSi, String description) {
    }

    public static final Option BATCH = new Option("batch", "dimensionless", 8,
            "static batching: requests per batch (capped by the service's max batch)");
    public static final Option TIMEOUT = new Option("timeout", "time", 200e-6,
            "static batching: longest wait of the oldest request before a partial batch starts");
    public static final Option PREEMPTION_COST = new Option("preemption_cost", "time", 1e-6,
            "time to switch from a training segment to an inference batch (context save/restore)");
    public static final Option IDLE_POWER = new Option("idle_power", "power", 0,
            "power drawn while the accelerator computes nothing");

    public static final Option GUARD = new Option("guard", "time", 50e-6,
            "slack holding: safety margin kept between a held batch's finish and the oldest request's deadline");

    public static final List<Option> ALL = List.of(BATCH, TIMEOUT, GUARD, PREEMPTION_COST, IDLE_POWER);

    private SchedulerOptions() {
    }

    public static Optional<Option> find(String key) {
        for (Option o : ALL) if (o.key().equals(key)) return Optional.of(o);
        return Optional.empty();
    }
}
