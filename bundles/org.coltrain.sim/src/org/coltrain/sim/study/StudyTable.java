package org.coltrain.sim.study;

import java.util.List;

/** A table of a study's results as printed: units in the column names, values already formatted. */
public record StudyTable(String name, String title, List<String> columns, List<List<String>> rows) {

    public StudyTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows)
            if (r.size() != columns.size())
                throw new IllegalArgumentException("row of " + r.size() + " values in table " + name + " of "
                        + columns.size() + " columns");
    }

    /** RFC 4180 CSV with the columns as header. */
    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", columns.stream().map(ClaimsCsv::quote).toList()));
        out.append('\n');
        for (List<String> r : rows) out.append(String.join(",", r.stream().map(ClaimsCsv::quote).toList())).append('\n');
        return out.toString();
    }
}
