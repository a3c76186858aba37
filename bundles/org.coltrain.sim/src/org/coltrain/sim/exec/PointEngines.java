package org.coltrain.sim.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The engines a user may select by name: {@link InProcessEngine} always, and any engine whose
 * {@link PointEngineProvider} is on the class path (the Spark engine lives in its own jar, outside the bundles, and
 * is found this way only when that jar is present).
 */
public final class PointEngines {

    private PointEngines() {
    }

    /** The engine called {@code name}, configured by {@code options}; empty when no engine of that name is present. */
    public static Optional<PointEngine> byName(String name, PointEngineProvider.Options options) {
        if (InProcessEngine.NAME.equals(name)) return Optional.of(new InProcessEngine(options.threads()));
        for (PointEngineProvider provider : ServiceLoader.load(PointEngineProvider.class, PointEngines.class.getClassLoader()))
            if (provider.name().equals(name)) return Optional.of(provider.create(options));
        return Optional.empty();
    }

    /** Names of the engines present, the in-process engine first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(InProcessEngine.NAME));
        for (PointEngineProvider provider : ServiceLoader.load(PointEngineProvider.class, PointEngines.class.getClassLoader()))
            names.add(provider.name());
        return names;
    }
}
