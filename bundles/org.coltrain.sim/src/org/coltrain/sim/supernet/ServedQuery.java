package org.coltrain.sim.supernet;

/**
 * One served query, for listeners (tests, traces).
 *
 * @param couldMeet        whether some SubNet would have finished by the deadline from {@code startNs} with the cache
 *                         as it was
 * @param cachedBytesAfter bytes in the weight cache after the query's update
 * @param fillBytes        weight bytes read from DRAM only to fill the cache after the query
 * @param cachedShares     per SubNet (in SubNet order), the share of its weight bytes the cache held when the query
 *                         started: what each SubNet would have found cached
 */
public record ServedQuery(long arrivalNs, long startNs, long finishNs, long deadlineNs, double minAccuracyPercent,
        int subNet, double accuracyPercent, boolean couldMeet, long cachedBytesAfter, long fillBytes,
        java.util.List<Double> cachedShares) {

    public ServedQuery {
        cachedShares = java.util.List.copyOf(cachedShares);
    }

    public boolean metTarget() { return finishNs <= deadlineNs; }
}
