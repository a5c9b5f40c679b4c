package org.genaikg.table;

import java.util.List;

/** The rows read from one table file that matches its schema. */
public record Table(TableSchema schema, String file, List<Row> rows) {
    public Table {
        rows = List.copyOf(rows);
    }
}
