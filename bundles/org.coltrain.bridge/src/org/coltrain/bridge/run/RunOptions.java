package org.coltrain.bridge.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the one who starts a run may change without editing the model: the seed, how many points a sweep simulates
 * at once, and settings only some kinds read (an experiment's {@link InstanceFactory}, a mapping's overrides, the
 * {@link org.coltrain.bridge.policy.PolicyCompiler} of user-written policies, ...), each found by its class.
 *
 * @param seed null: the element's own seed
 * @param jobs threads of a sweep (at least 1)
 */
public record RunOptions(Long seed, int jobs, Map<Class<?>, Object> settings) {

    public static final RunOptions DEFAULTS = new RunOptions(null, Runtime.getRuntime().availableProcessors(), Map.of());

    public RunOptions {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        settings = Map.copyOf(settings);
    }

    public RunOptions withSeed(Long newSeed) {
        return new RunOptions(newSeed, jobs, settings);
    }

    public RunOptions withJobs(int newJobs) {
        return new RunOptions(seed, newJobs, settings);
    }

    /** These options with {@code setting} as the one of {@code type} (replacing any). */
    public <T> RunOptions with(Class<T> type, T setting) {
        Map<Class<?>, Object> s = new LinkedHashMap<>(settings);
        s.put(type, type.cast(setting));
        return new RunOptions(seed, jobs, s);
    }

    /** The setting of this class, or {@code fallback}. */
    public <T> T setting(Class<T> type, T fallback) {
        Object s = settings.get(type);
        return s != null ? type.cast(s) : fallback;
    }
}
