package org.coltrain.sim.table;

import java.util.List;

/**
 * A result table as its CSV file has it (the cells' text), with the type of each column, so a typed format holds the
 * same rows: {@link #value} reads a cell as its column's type, an empty cell as null.
 *
 * @param name the file's name without extension ({@code sweep}, {@code dse})
 */
public record TypedTable(String name, List<String> columns, List<ColumnType> types, List<List<String>> rows) {

    public TypedTable {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = rows.stream().map(List::copyOf).toList();
        if (types.size() != columns.size())
            throw new IllegalArgumentException(types.size() + " types for the " + columns.size() + " columns of " + name);
        for (List<String> r : rows)
            if (r.size() != columns.size())
                throw new IllegalArgumentException("row of " + r.size() + " cells in table " + name + " of "
                        + columns.size() + " columns");
    }

    /** The cell as a Double, Long or String by its column's type; null when it is empty. */
    public Object value(int row, int column) {
        String cell = rows.get(row).get(column);
        if (cell.isEmpty()) return null;
        return switch (types.get(column)) {
            case DOUBLE -> Double.parseDouble(cell);
            case LONG -> Long.parseLong(cell);
            case STRING -> cell;
        };
    }
}
