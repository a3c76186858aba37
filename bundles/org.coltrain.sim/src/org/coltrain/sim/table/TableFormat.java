package org.coltrain.sim.table;

import java.io.IOException;
import java.io.OutputStream;

/** A file format for {@link TypedTable}s; registered as a {@link java.util.ServiceLoader} service. */
public interface TableFormat {

    /** The name a user gives ({@code parquet}), also the file extension. */
    String name();

    /** Writes the whole table as one file into {@code out} (which the caller closes). */
    void write(TypedTable table, OutputStream out) throws IOException;
}
