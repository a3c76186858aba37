package org.coltrain.bridge.run;

/**
 * A study run's setting: how it uses its result cache file ({@code <model dir>/cache/<study>.tsv}), and how many of
 * the cheapest cached capacities it simulates again to prove the cache bit-identical.
 *
 * @param use      READ_WRITE (the default), NONE (simulate everything, the file is not touched) or ONLY (fail
 *                 instead of simulating what the cache lacks: tests and CI)
 * @param recheck  cached capacities simulated again, at least 0
 */
public record StudyCache(Use use, int recheck) {

    public enum Use { READ_WRITE, NONE, ONLY }

    public static final StudyCache DEFAULT = new StudyCache(Use.READ_WRITE, 0);

    public StudyCache {
        if (recheck < 0) throw new IllegalArgumentException("--recheck needs a count >= 0, got " + recheck);
    }
}
