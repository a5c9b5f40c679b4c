package org.genaikg.table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of a table, with the file and line it was read from. Cells are trimmed-checked, never null. */
public record Row(TableSchema schema, String file, int line, Map<String, String> cells) {

    public Row {
        cells = Map.copyOf(cells);
    }

    /** The cell's value, or "" when empty. */
    public String get(String column) {
        if (schema.column(column) == null) {
            throw new IllegalArgumentException("Table " + schema.name() + " has no column " + column);
        }
        return cells.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    public String id() {
        return get(schema.idColumn());
    }

    /** The ';'-separated items of a list cell; empty when the cell is. */
    public List<String> list(String column) {
        String v = get(column);
        return v.isEmpty() ? List.of() : Arrays.asList(v.split(";"));
    }

    /** Where this row is, as {@code data/policies.csv:17}. */
    public String location() {
        return file + ":" + line;
    }

    public Problem problem(String column, String message) {
        return Problem.inCell(file, line, column, message);
    }
}
