package org.coltrain.sim.exec;

import java.util.Map;

/** Makes one kind of {@link PointEngine}; registered as a {@link java.util.ServiceLoader} service. */
public interface PointEngineProvider {

    String name();

    PointEngine create(Options options);

    /**
     * What a user may say of an engine: threads for the in-process one, a master URL and further settings (engine's
     * own keys) for a distributed one.
     */
    record Options(int threads, String master, Map<String, String> settings) {
        public Options {
            settings = Map.copyOf(settings);
        }

        public static Options threads(int threads) {
            return new Options(threads, null, Map.of());
        }
    }
}
