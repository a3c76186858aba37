package org.coltrain.sim.table;

/** What a column of a {@link TypedTable} holds; an empty cell is a missing value (null) whatever the type. */
public enum ColumnType {
    /** a 64-bit float, written as {@link Double#toString} or as a whole number */
    DOUBLE,
    /** a 64-bit integer */
    LONG,
    /** text */
    STRING
}
