package org.genaikg.table;

import java.util.List;
import java.util.Objects;

/**
 * One declared column of a table: its type, whether a value is required, and, for a reference column,
 * the tables whose ids its values must name.
 */
public record Column(String name, ColumnType type, boolean required, List<String> references, boolean list) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        references = List.copyOf(references);
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, true, List.of(), false);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, List.of(), false);
    }

    /** A column holding the id of a row of one of {@code tables}. */
    public static Column reference(String name, boolean required, String... tables) {
        return new Column(name, ColumnType.ID, required, List.of(tables), false);
    }

    /** A column holding ';'-separated ids of rows of {@code tables}. */
    public static Column references(String name, boolean required, String... tables) {
        return new Column(name, ColumnType.listOf(ColumnType.ID), required, List.of(tables), true);
    }

    public boolean isReference() {
        return !references.isEmpty();
    }
}
