package org.coltrain.bridge.run;

/** A SuperNet serving run's setting: the weight cache's capacity instead of the model's. */
public record CacheOverride(long bytes) {

    public CacheOverride {
        if (bytes < 0) throw new IllegalArgumentException("the cache capacity must be at least 0 bytes, was " + bytes);
    }
}
