package org.coltrain.spark;

import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointEngineProvider;

/** {@code --engine spark}: the {@link SparkEngine} on the options' master URL with their Spark settings. */
public final class SparkEngineProvider implements PointEngineProvider {

    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public PointEngine create(Options options) {
        return new SparkEngine(options.master(), options.settings());
    }
}
