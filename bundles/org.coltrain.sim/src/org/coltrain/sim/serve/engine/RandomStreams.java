package org.coltrain.sim.serve.engine;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one experiment seed and a source's name, so that adding, removing or
 * reordering a service never changes another service's arrivals. Same seed and name: the same stream, always.
 */
public final class RandomStreams {

    private final long seed;

    public RandomStreams(long seed) { this.seed = seed; }

    /** The stream for {@code purpose} (e.g. "arrivals") of {@code source} (e.g. a service name). */
    public SplittableRandom forSource(String source, String purpose) {
        return new SplittableRandom(mix64(seed ^ mix64(fnv1a64(source + '\u0000' + purpose))));
    }

    // FNV-1a, 64 bit (Fowler, Noll, Vo): a stable string hash, unlike identity hashes.
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    // SplitMix64 finaliser (Steele, Lea, Flood, OOPSLA 2014, the generator behind SplittableRandom).
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
