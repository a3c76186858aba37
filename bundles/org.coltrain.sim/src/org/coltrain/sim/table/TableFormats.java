package org.coltrain.sim.table;

import java.util.Optional;
import java.util.ServiceLoader;

/** The table formats present on the class path, by name. */
public final class TableFormats {

    private TableFormats() {
    }

    /** The format called {@code name}; empty when no jar on the class path provides it. */
    public static Optional<TableFormat> byName(String name) {
        for (TableFormat format : ServiceLoader.load(TableFormat.class, TableFormats.class.getClassLoader()))
            if (format.name().equals(name)) return Optional.of(format);
        return Optional.empty();
    }
}
