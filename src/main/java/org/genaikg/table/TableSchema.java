package org.genaikg.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared shape of one table: its file (relative to the data folder), its columns in order, and the
 * column that holds each row's id (none for relation tables). Every column of the file must be declared here.
 */
public final class TableSchema {
    private final String name;
    private final String file;
    private final String idColumn;
    private final Map<String, Column> columns;

    private TableSchema(Builder b) {
        this.name = b.name;
        this.file = b.file;
        this.idColumn = b.idColumn;
        this.columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
    }

    public static Builder create(String name) {
        return new Builder(name);
    }

    public String name() { return name; }
    public String file() { return file; }
    public String idColumn() { return idColumn; }
    public boolean hasIds() { return idColumn != null; }
    public List<Column> columns() { return List.copyOf(columns.values()); }
    public Column column(String name) { return columns.get(name); }
    public List<String> columnNames() { return new ArrayList<>(columns.keySet()); }

    public static final class Builder {
        private final String name;
        private String file;
        private String idColumn;
        private final Map<String, Column> columns = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            this.file = name + ".csv";
        }

        public Builder file(String file) {
            this.file = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The id column, required and unique. */
        public Builder id(String column) {
            this.idColumn = Objects.requireNonNull(column, "column");
            return add(Column.required(column, ColumnType.ID));
        }

        public Builder add(Column column) {
            Objects.requireNonNull(column, "column");
            if (columns.putIfAbsent(column.name(), column) != null) {
                throw new IllegalArgumentException("Column already declared in table " + name + ": " + column.name());
            }
            return this;
        }

        public Builder required(String column, ColumnType type) { return add(Column.required(column, type)); }
        public Builder optional(String column, ColumnType type) { return add(Column.optional(column, type)); }
        public Builder ref(String column, boolean required, String... tables) { return add(Column.reference(column, required, tables)); }
        public Builder refs(String column, boolean required, String... tables) { return add(Column.references(column, required, tables)); }

        /** The provenance columns that end every table of facts. */
        public Builder provenance() {
            ref("report", true, "reports");
            required("section", ColumnType.SECTION_NUMBER);
            optional("footnotes", ColumnType.listOf(ColumnType.POSITIVE_INTEGER));
            required("quote_zh", ColumnType.TEXT);
            return optional("note", ColumnType.TEXT);
        }

        public TableSchema build() {
            if (columns.isEmpty()) throw new IllegalStateException("Table " + name + " declares no column");
            return new TableSchema(this);
        }
    }
}
