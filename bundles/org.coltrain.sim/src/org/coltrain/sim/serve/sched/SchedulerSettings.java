package org.coltrain.sim.serve.sched;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings a model gives a user-written policy ({@code scheduler custom "org.acme.EdfPolicy" { share = 0.5 }}),
 * in SI units as the DSL converts them (a time written {@code 200 us} arrives as 2.0E-4 seconds). The engine's own
 * settings ({@code preemption_cost}, {@code idle_power}) are not among them.
 */
public record SchedulerSettings(Map<String, Double> valuesSi) {

    public static final SchedulerSettings NONE = new SchedulerSettings(Map.of());

    public SchedulerSettings {
        valuesSi = Map.copyOf(valuesSi);
    }

    /** The value of {@code key} in SI units, or {@code defaultSi} when the model does not set it. */
    public double value(String key, double defaultSi) { return valuesSi.getOrDefault(key, defaultSi); }

    /** A time setting in whole ns (rounded), or {@code defaultNs}. */
    public long timeNs(String key, long defaultNs) {
        Double s = valuesSi.get(key);
        return s == null ? defaultNs : Math.round(s * 1e9);
    }

    /**
     * Rejects keys the policy does not know, so that a misspelt setting is an error instead of a silent default.
     * The message names the unknown key and the known ones (the bridge reports it at the model's scheduler).
     */
    public void allowOnly(String policy, String... known) {
        List<String> knownKeys = List.of(known);
        for (String key : new TreeMap<>(valuesSi).keySet())
            if (!knownKeys.contains(key))
                throw new IllegalArgumentException("policy " + policy + " has no setting '" + key + "'; known: "
                        + (knownKeys.isEmpty() ? "none" : String.join(", ", knownKeys)));
    }
}
