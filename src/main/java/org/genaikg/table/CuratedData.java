package org.genaikg.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every table of a data folder, read against its schema. {@link #load} reports all problems of the folder
 * together (cells, headers, unknown files and the cross-table checks) and throws {@link InvalidInputException} if any.
 */
public final class CuratedData {
    private final Path folder;
    private final String displayFolder;
    private final Map<String, Table> tables;
    private final Map<String, Map<String, Row>> idIndex;

    private CuratedData(Path folder, String displayFolder, Map<String, Table> tables) {
        this.folder = folder;
        this.displayFolder = displayFolder;
        this.tables = Collections.unmodifiableMap(tables);
        Map<String, Map<String, Row>> index = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            if (!table.schema().hasIds()) return;
            Map<String, Row> ids = new LinkedHashMap<>();
            for (Row row : table.rows()) ids.putIfAbsent(row.id(), row);
            index.put(name, Collections.unmodifiableMap(ids));
        });
        this.idIndex = Collections.unmodifiableMap(index);
    }

    /** Reads and checks every table under {@code folder}; {@code displayFolder} is how messages name it. */
    public static CuratedData load(Path folder, String displayFolder) {
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.inFile(displayFolder, 0, "is not a folder of tables"));
            problems.throwIfAny();
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (TableSchema schema : TableCatalog.FIXED) {
            read(folder, displayFolder, schema, problems).ifPresent(t -> tables.put(schema.name(), t));
        }
        for (TableSchema schema : observationSchemas(tables, problems)) {
            read(folder, displayFolder, schema, problems).ifPresent(t -> tables.put(schema.name(), t));
        }
        Set<String> known = new HashSet<>();
        TableCatalog.FIXED.forEach(s -> known.add(s.file()));
        known.add(TableCatalog.NOT_MODELLED_FILE);
        tables.values().forEach(t -> known.add(t.schema().file()));
        reportUnknownFiles(folder, displayFolder, known, problems);
        CuratedData data = new CuratedData(folder, displayFolder, tables);
        new CrossTableChecks(data, problems).run();
        problems.throwIfAny();
        return data;
    }

    private static Optional<Table> read(Path folder, String display, TableSchema schema, Problems problems) {
        Path file = folder.resolve(schema.file());
        String shown = display + "/" + schema.file();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(shown, 0, "is missing; every data folder has this table (see data/README.md)"));
            return Optional.empty();
        }
        return CsvTableReader.read(file, shown, schema, problems);
    }

    private static List<TableSchema> observationSchemas(Map<String, Table> tables, Problems problems) {
        Table datasets = tables.get(TableCatalog.DATASETS);
        Table dimensions = tables.get(TableCatalog.DIMENSIONS);
        if (datasets == null || dimensions == null) return List.of();
        Map<String, String> valueTable = new LinkedHashMap<>();
        dimensions.rows().forEach(r -> valueTable.put(r.id(), r.get("codes")));
        Set<String> fixedColumns = Set.of("id", "period", "value", "unit", "qualifier", "date_basis", "report",
                "section", "footnotes", "quote_zh", "note");
        List<TableSchema> schemas = new ArrayList<>();
        for (Row ds : datasets.rows()) {
            if (!ColumnType.SLUG.matcher(ds.id()).matches()) continue;
            List<String> dims = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            boolean ok = true;
            for (String dim : ds.list("dimensions")) {
                if (fixedColumns.contains(dim)) {
                    problems.add(ds.problem("dimensions", "'" + dim + "' clashes with a column every observation table has"));
                    ok = false;
                } else if (!valueTable.containsKey(dim)) {
                    ok = false; // reported by the cross-table reference check
                } else {
                    dims.add(dim);
                    targets.add(valueTable.get(dim));
                }
            }
            if (ok) schemas.add(TableCatalog.observations(ds.id(), dims, targets));
        }
        return schemas;
    }

    private static void reportUnknownFiles(Path folder, String display, Set<String> known, Problems problems) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.toString().endsWith(".csv"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !known.contains(rel))
                    .sorted()
                    .forEach(rel -> problems.add(Problem.inFile(display + "/" + rel, 0,
                            "is not a known table (statistics tables must be declared in statistics/datasets.csv)")));
        } catch (IOException e) {
            problems.add(Problem.inFile(display, 0, "cannot be listed: " + e.getMessage()));
        }
    }

    public Path folder() { return folder; }
    public String displayFolder() { return displayFolder; }

    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("No table " + name);
        return t;
    }

    public List<Row> rows(String name) {
        return table(name).rows();
    }

    public Map<String, Table> tables() { return tables; }

    /** The observation tables, one per data set, in the order of {@code datasets.csv}. */
    public List<Table> observationTables() {
        List<Table> result = new ArrayList<>();
        Table datasets = tables.get(TableCatalog.DATASETS);
        if (datasets == null) return result;
        for (Row ds : datasets.rows()) {
            Table t = tables.get("statistics/" + ds.id());
            if (t != null) result.add(t);
        }
        return result;
    }

    public Optional<Row> row(String table, String id) {
        Map<String, Row> ids = idIndex.get(table);
        return ids == null ? Optional.empty() : Optional.ofNullable(ids.get(id));
    }

    /** The tables among {@code candidates} that have a row with this id. */
    public List<String> tablesWithId(String id, List<String> candidates) {
        List<String> found = new ArrayList<>();
        for (String t : candidates) if (row(t, id).isPresent()) found.add(t);
        return found;
    }

    public int rowCount() {
        return tables.values().stream().mapToInt(t -> t.rows().size()).sum();
    }
}
